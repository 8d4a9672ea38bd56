using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AuditLog.Tests.Configuration;

/// <summary>
/// Builds the audit log over an in-memory <see cref="IConfiguration"/> registered in the container, as a
/// host whose configuration includes the environment would. Configuration keys take precedence over
/// real environment variables, so a test sets every key it asserts on; <see cref="Unset"/> (a blank
/// value, read as absent) masks any variable the machine running the tests might have.
/// </summary>
internal static class ConfiguredAuditLog
{
    public const string Unset = "";

    public static ServiceProvider Build(IDictionary<string, string?> values, Action<AuditLogOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        if (configure is null)
        {
            services.AddAuditLog();
        }
        else
        {
            services.AddAuditLog(configure);
        }

        return services.BuildServiceProvider();
    }

    public static TOptions Options<TOptions>(IDictionary<string, string?> values, Action<AuditLogOptions>? configure = null)
        where TOptions : class
    {
        using var provider = Build(values, configure);
        return provider.GetRequiredService<IOptions<TOptions>>().Value;
    }

    /// <summary>The validation failures of <typeparamref name="TOptions"/>; fails the test when the options are valid.</summary>
    public static IReadOnlyList<string> Errors<TOptions>(IDictionary<string, string?> values, Action<AuditLogOptions>? configure = null)
        where TOptions : class
    {
        var read = () => Options<TOptions>(values, configure);
        return read.Should().Throw<OptionsValidationException>().Which.Failures.ToList();
    }
}
