using AuditLog.Cli.Connection;
using Npgsql;

namespace AuditLog.Cli.Tests;

public sealed class ConnectionStringTests
{
    [Fact]
    public void A_postgresql_url_becomes_an_Npgsql_connection_string()
    {
        var builder = ConnectionString.Parse("postgresql://audit%40corp:p%3Ass@db.internal:6543/console");

        builder.Host.Should().Be("db.internal");
        builder.Port.Should().Be(6543);
        builder.Database.Should().Be("console");
        builder.Username.Should().Be("audit@corp");
        builder.Password.Should().Be("p:ss");
    }

    [Fact]
    public void A_url_without_a_port_uses_5432()
    {
        ConnectionString.Parse("postgres://audit@db/console").Port.Should().Be(5432);
    }

    [Fact]
    public void Libpq_parameters_of_a_url_are_understood()
    {
        var builder = ConnectionString.Parse("postgresql://audit@db/console?sslmode=require&application_name=auditlog");

        builder.SslMode.Should().Be(SslMode.Require);
        builder.ApplicationName.Should().Be("auditlog");
    }

    [Fact]
    public void An_Npgsql_connection_string_is_taken_as_it_is()
    {
        var builder = ConnectionString.Parse("Host=db;Port=6543;Database=console;Username=audit;Password=secret");

        builder.Host.Should().Be("db");
        builder.Port.Should().Be(6543);
        builder.Password.Should().Be("secret");
    }

    [Theory]
    [InlineData("postgresql://audit:Hunter2Secret@db")]
    [InlineData("postgresql://audit:Hunter2Secret@db/console?nonsense=Hunter2Secret")]
    [InlineData("Password=Hunter2Secret;Database=console")]
    [InlineData("Host=db;Password=Hunter2Secret;Frobnicate=yes")]
    public void Malformed_text_is_a_usage_error_that_does_not_quote_it(string text)
    {
        var parse = () => ConnectionString.Parse(text);

        parse.Should().Throw<CliException>()
            .Where(e => e.ExitCode == 2 && e.Message.StartsWith("--connection must be", StringComparison.Ordinal) && !e.Message.Contains("Hunter2Secret", StringComparison.Ordinal));
    }
}
