using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AuditLog.PostgreSql.Tests;

// Options are validated when read: no server is needed, so these tests start none.
public sealed class PostgreSqlAuditOptionsTests
{
    [Fact]
    public void Default_options_are_valid()
    {
        var read = () => Options(_ => { });

        read.Should().NotThrow();
    }

    [Fact]
    public void An_invalid_schema_is_an_error_naming_the_key_and_the_rule()
    {
        Errors(o => o.Schema = "Audit").Should().ContainSingle().Which.Should().Be(
            "AuditLog:PostgreSql:Schema must be a lower-case identifier of 1 to 63 letters, digits and '_', starting with a letter or '_'.");
    }

    [Fact]
    public void An_undefined_outage_policy_is_an_error_listing_the_policies()
    {
        Errors(o => o.OutagePolicy = (PostgreSqlOutagePolicy)42).Should().ContainSingle().Which.Should().Be(
            "AuditLog:PostgreSql:OutagePolicy must be one of FailClosed, Buffer.");
    }

    [Fact]
    public void An_empty_integrity_key_is_an_error_that_names_the_key()
    {
        Errors(o => o.IntegrityKey = "").Should().ContainSingle().Which.Should().Be(
            "AuditLog:PostgreSql:IntegrityKey must not be empty when set.");
    }

    [Fact]
    public void A_retention_period_of_zero_is_an_error_naming_the_key()
    {
        Errors(o => o.RetentionPeriod = TimeSpan.Zero).Should().ContainSingle().Which.Should().StartWith(
            "AuditLog:PostgreSql:RetentionPeriod must be greater than zero when set");
    }

    [Fact]
    public void A_retention_interval_longer_than_a_timer_can_keep_is_an_error_naming_the_key()
    {
        Errors(o => o.RetentionInterval = TimeSpan.FromDays(50)).Should().ContainSingle().Which.Should().Be(
            "AuditLog:PostgreSql:RetentionInterval must be greater than zero and at most 49 days.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public void A_writer_count_outside_1_to_64_is_an_error_naming_the_key(int writers)
    {
        Errors(o => o.Writers = writers).Should().ContainSingle().Which.Should().Be(
            "AuditLog:PostgreSql:Writers must be from 1 to 64.");
    }

    [Fact]
    public void Writers_bind_from_the_configuration_section()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AuditLog:PostgreSql:Writers"] = "4" })
            .Build());
        services.AddAuditLog().AddPostgreSql("Host=localhost");
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IOptions<PostgreSqlAuditOptions>>().Value.Writers.Should().Be(4);
    }

    [Fact]
    public void A_retention_interval_of_49_days_is_valid()
    {
        var read = () => Options(o => o.RetentionInterval = TimeSpan.FromDays(49));

        read.Should().NotThrow();
    }

    private static PostgreSqlAuditOptions Options(Action<PostgreSqlAuditOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddAuditLog().AddPostgreSql("Host=localhost", configure);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<PostgreSqlAuditOptions>>().Value;
    }

    private static IReadOnlyList<string> Errors(Action<PostgreSqlAuditOptions> configure)
    {
        var read = () => Options(configure);
        return read.Should().Throw<OptionsValidationException>().Which.Failures.ToList();
    }
}
