using Microsoft.Extensions.Configuration;

namespace AuditLog.Cli.Tests.Support;

/// <summary>Which of the tool's streams a run poses as a terminal.</summary>
[Flags]
public enum Terminal
{
    None = 0,
    Output = 1,
    Error = 2,
}

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

    /// <summary>Runs the tool as if <paramref name="terminal"/> streams reached a person's terminal.</summary>
    internal static async Task<CliResult> RunAsync(Terminal terminal, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, terminal.HasFlag(Terminal.Error), terminal.HasFlag(Terminal.Output));
        var exitCode = await AuditLogCommandLine.RunAsync(args, console, Settings(), CancellationToken.None);
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
