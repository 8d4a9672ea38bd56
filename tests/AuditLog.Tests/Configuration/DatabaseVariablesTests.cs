using static AuditLog.Tests.Configuration.ConfiguredAuditLog;

namespace AuditLog.Tests.Configuration;

public sealed class DatabaseVariablesTests
{
    private const string Url = "CDK_DATABASE_URL";

    [Fact]
    public void Database_url_binds_host()
    {
        var options = Options<AuditDatabaseOptions>(Database((Url, "postgresql://alice:s3cret@db.example.com:6543/audit")));

        options.Host.Should().Be("db.example.com");
    }

    [Fact]
    public void Database_url_binds_port()
    {
        var options = Options<AuditDatabaseOptions>(Database((Url, "postgresql://alice:s3cret@db.example.com:6543/audit")));

        options.Port.Should().Be(6543);
    }

    [Fact]
    public void Database_url_binds_database_name()
    {
        var options = Options<AuditDatabaseOptions>(Database((Url, "postgresql://alice:s3cret@db.example.com:6543/audit")));

        options.Name.Should().Be("audit");
    }

    [Fact]
    public void Database_url_binds_username()
    {
        var options = Options<AuditDatabaseOptions>(Database((Url, "postgresql://alice:s3cret@db.example.com:6543/audit")));

        options.Username.Should().Be("alice");
    }

    [Fact]
    public void Database_url_binds_password()
    {
        var options = Options<AuditDatabaseOptions>(Database((Url, "postgresql://alice:s3cret@db.example.com:6543/audit")));

        options.Password.Should().Be("s3cret");
    }

    [Fact]
    public void Database_url_percent_encoded_password_is_decoded()
    {
        var options = Options<AuditDatabaseOptions>(Database((Url, "postgresql://alice:p%40ss%3Aw%2Frd%25@db/audit")));

        options.Password.Should().Be("p@ss:w/rd%");
    }

    [Fact]
    public void Database_url_without_port_uses_port_5432()
    {
        var options = Options<AuditDatabaseOptions>(Database((Url, "postgresql://alice:s3cret@db/audit")));

        options.Port.Should().Be(5432);
    }

    [Fact]
    public void Database_url_with_postgres_scheme_is_accepted()
    {
        var options = Options<AuditDatabaseOptions>(Database((Url, "postgres://alice:s3cret@db:5433/audit")));

        (options.Host, options.Port, options.Name).Should().Be(("db", 5433, "audit"));
    }

    [Fact]
    public void Database_url_query_string_is_not_part_of_the_database_name()
    {
        var options = Options<AuditDatabaseOptions>(Database((Url, "postgresql://alice:s3cret@db/audit?sslmode=require")));

        options.Name.Should().Be("audit");
    }

    [Fact]
    public void Database_url_makes_the_database_configured()
    {
        var options = Options<AuditDatabaseOptions>(Database((Url, "postgresql://alice:s3cret@db/audit")));

        options.IsConfigured.Should().BeTrue();
    }

    [Theory]
    [InlineData("mysql://alice:s3cret@db:3306/audit")]
    [InlineData("postgresql://alice:s3cret@db:5432")]
    [InlineData("postgresql://alice:s3cret@db:5432/")]
    [InlineData("postgresql://alice:s3cret@/audit")]
    [InlineData("postgresql://alice:s3cret@db:port/audit")]
    [InlineData("postgresql://alice:s3cret@db:0/audit")]
    [InlineData("alice:s3cret garbage")]
    [InlineData("db:5432/audit?password=s3cret")]
    public void Invalid_database_url_is_an_error_naming_the_variable(string url)
    {
        var errors = Errors<AuditDatabaseOptions>(Database((Url, url)));

        errors.Should().ContainSingle(e => e.StartsWith(Url, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("mysql://alice:s3cret@db:3306/audit")]
    [InlineData("postgresql://alice:s3cret@db:5432")]
    [InlineData("postgresql://alice:s3cret@db:port/audit")]
    [InlineData("alice:s3cret garbage")]
    [InlineData("db:5432/audit?password=s3cret")]
    public void Invalid_database_url_error_quotes_neither_the_password_nor_the_url(string url)
    {
        var errors = Errors<AuditDatabaseOptions>(Database((Url, url)));

        errors.Should().NotContain(e => e.Contains("s3cret", StringComparison.Ordinal) || e.Contains(url, StringComparison.Ordinal));
    }

    [Fact]
    public void Database_host_variable_binds_to_Host()
    {
        var options = Options<AuditDatabaseOptions>(Database(("CDK_DATABASE_HOST", "db"), ("CDK_DATABASE_NAME", "audit")));

        options.Host.Should().Be("db");
    }

    [Fact]
    public void Database_name_variable_binds_to_Name()
    {
        var options = Options<AuditDatabaseOptions>(Database(("CDK_DATABASE_HOST", "db"), ("CDK_DATABASE_NAME", "audit")));

        options.Name.Should().Be("audit");
    }

    [Fact]
    public void Database_port_variable_binds_to_Port()
    {
        var options = Options<AuditDatabaseOptions>(Database(("CDK_DATABASE_HOST", "db"), ("CDK_DATABASE_NAME", "audit"), ("CDK_DATABASE_PORT", "6000")));

        options.Port.Should().Be(6000);
    }

    [Fact]
    public void Database_username_variable_binds_to_Username()
    {
        var options = Options<AuditDatabaseOptions>(Database(("CDK_DATABASE_HOST", "db"), ("CDK_DATABASE_NAME", "audit"), ("CDK_DATABASE_USERNAME", "bob")));

        options.Username.Should().Be("bob");
    }

    [Fact]
    public void Database_password_variable_binds_to_Password()
    {
        var options = Options<AuditDatabaseOptions>(Database(("CDK_DATABASE_HOST", "db"), ("CDK_DATABASE_NAME", "audit"), ("CDK_DATABASE_PASSWORD", "hunter2")));

        options.Password.Should().Be("hunter2");
    }

    [Fact]
    public void Individual_database_variables_override_the_parts_of_the_url()
    {
        var options = Options<AuditDatabaseOptions>(Database(
            (Url, "postgresql://alice:s3cret@db:5433/audit"),
            ("CDK_DATABASE_HOST", "replica"),
            ("CDK_DATABASE_PORT", "6000"),
            ("CDK_DATABASE_NAME", "archive"),
            ("CDK_DATABASE_USERNAME", "bob"),
            ("CDK_DATABASE_PASSWORD", "hunter2")));

        (options.Host, options.Port, options.Name, options.Username, options.Password)
            .Should().Be(("replica", 6000, "archive", "bob", "hunter2"));
    }

    [Fact]
    public void Individual_database_variable_overrides_only_its_own_part_of_the_url()
    {
        var options = Options<AuditDatabaseOptions>(Database(
            (Url, "postgresql://alice:s3cret@db:5433/audit"),
            ("CDK_DATABASE_PASSWORD", "hunter2")));

        (options.Host, options.Port, options.Name, options.Username, options.Password)
            .Should().Be(("db", 5433, "audit", "alice", "hunter2"));
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("-5432")]
    [InlineData("70000")]
    public void Unreadable_database_port_variable_is_an_error_naming_the_variable(string port)
    {
        var errors = Errors<AuditDatabaseOptions>(Database(("CDK_DATABASE_HOST", "db"), ("CDK_DATABASE_NAME", "audit"), ("CDK_DATABASE_PORT", port)));

        errors.Should().ContainSingle(e => e.StartsWith("CDK_DATABASE_PORT", StringComparison.Ordinal));
    }

    [Fact]
    public void Database_host_without_name_is_an_error_naming_the_name_variable()
    {
        var errors = Errors<AuditDatabaseOptions>(Database(("CDK_DATABASE_HOST", "db")));

        errors.Should().ContainSingle().Which.Should().StartWith("CDK_DATABASE_NAME (or AuditLog:Database:Name) is required");
    }

    [Fact]
    public void Database_name_without_host_is_an_error_naming_the_host_variable()
    {
        var errors = Errors<AuditDatabaseOptions>(Database(("CDK_DATABASE_NAME", "audit")));

        errors.Should().ContainSingle().Which.Should().StartWith("CDK_DATABASE_HOST (or AuditLog:Database:Host) is required");
    }

    [Fact]
    public void Out_of_range_port_in_the_section_is_an_error_naming_the_variable_and_the_key()
    {
        var errors = Errors<AuditDatabaseOptions>(Database(("AuditLog:Database:Host", "db"), ("AuditLog:Database:Name", "audit"), ("AuditLog:Database:Port", "0")));

        errors.Should().ContainSingle().Which.Should().Be("CDK_DATABASE_PORT (or AuditLog:Database:Port) must be a port number from 1 to 65535.");
    }

    [Fact]
    public void Database_section_binds()
    {
        var options = Options<AuditDatabaseOptions>(Database(
            ("AuditLog:Database:Host", "db"),
            ("AuditLog:Database:Port", "6001"),
            ("AuditLog:Database:Name", "audit")));

        (options.Host, options.Port, options.Name).Should().Be(("db", 6001, "audit"));
    }

    [Fact]
    public void Database_variables_override_the_section()
    {
        var options = Options<AuditDatabaseOptions>(Database(
            ("AuditLog:Database:Host", "section-db"),
            ("AuditLog:Database:Name", "audit"),
            ("CDK_DATABASE_HOST", "variable-db")));

        options.Host.Should().Be("variable-db");
    }

    // Every CDK_DATABASE_* key unset (masking the environment), with the given entries over them.
    private static Dictionary<string, string?> Database(params (string Key, string? Value)[] entries)
    {
        var values = new Dictionary<string, string?>
        {
            [Url] = Unset,
            ["CDK_DATABASE_HOST"] = Unset,
            ["CDK_DATABASE_PORT"] = Unset,
            ["CDK_DATABASE_NAME"] = Unset,
            ["CDK_DATABASE_USERNAME"] = Unset,
            ["CDK_DATABASE_PASSWORD"] = Unset,
        };
        foreach (var (key, value) in entries)
        {
            values[key] = value;
        }

        return values;
    }
}
