using Microsoft.Extensions.Configuration;

namespace AuditLog.Cli.Tests.Support;

/// <summary>What one run of the tool printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs <c>auditlog</c> in-process with captured output and <c>CDK_*</c> settings given by the test.</summary>
public static class Tool
{
    // Blank values hide any CDK_DATABASE_* of the machine running the tests: the tool treats blank as unset.
    private static readonly string[] DatabaseVariables =
        ["CDK_DATABASE_URL", "CDK_DATABASE_HOST", "CDK_DATABASE_PORT", "CDK_DATABASE_NAME", "CDK_DATABASE_USERNAME", "CDK_DATABASE_PASSWORD"];

    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string?>(), args);

    public static async Task<CliResult> RunAsync(IDictionary<string, string?> settings, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await AuditLogCommandLine.RunAsync(args, output, error, Settings(settings), CancellationToken.None);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The settings a run sees: <paramref name="settings"/> over blanked <c>CDK_DATABASE_*</c> variables.</summary>
    public static IConfiguration Settings(IDictionary<string, string?>? settings = null)
    {
        var values = DatabaseVariables.ToDictionary(v => v, _ => (string?)string.Empty);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }
}
