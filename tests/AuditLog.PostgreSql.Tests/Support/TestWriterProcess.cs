using System.Diagnostics;
using System.Globalization;

namespace AuditLog.PostgreSql.Tests.Support;

/// <summary>What one run of the test writer printed, and its chain ids.</summary>
public sealed record TestWriterResult(int ExitCode, string Output, string Error)
{
    /// <summary>The process's chain ids (one per writer), from its summary line <c>writer=&lt;id&gt;,&lt;id&gt; events=… seconds=… tag=…</c>.</summary>
    public IReadOnlyList<Guid> WriterIds => Field("writer").Split(',').Select(Guid.Parse).ToArray();

    /// <summary>How long the writer spent logging, by its own clock.</summary>
    public TimeSpan Elapsed => TimeSpan.FromSeconds(double.Parse(Field("seconds"), CultureInfo.InvariantCulture));

    private string Field(string name) =>
        Output.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Single(f => f.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..];
}

/// <summary>
/// Runs AuditLog.PostgreSql.TestWriter as a process of its own (<c>dotnet &lt;dll&gt; …</c>): the test
/// project builds it, and the dll is found in its project's output for the configuration and target
/// framework this test assembly was built for.
/// </summary>
public static class TestWriterProcess
{
    private const string Name = "AuditLog.PostgreSql.TestWriter";

    /// <summary>
    /// Starts the writer; the task completes when it exits, or throws when it runs longer than
    /// <paramref name="timeout"/> (it is killed). <paramref name="configuration"/> sets host configuration
    /// keys, such as <c>AuditLog:WriteTimeout</c>.
    /// </summary>
    public static async Task<TestWriterResult> RunAsync(string connectionString, int tasks, int eventsPerTask, string tag, TimeSpan timeout, IReadOnlyDictionary<string, string>? configuration = null)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Locate(), connectionString, tasks.ToString(CultureInfo.InvariantCulture), eventsPerTask.ToString(CultureInfo.InvariantCulture), tag })
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in configuration ?? new Dictionary<string, string>())
        {
            info.Environment["TESTWRITER_" + key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {Name}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Name} {tag} did not finish within {timeout}.");
        }

        return new TestWriterResult(process.ExitCode, await output, await error);
    }

    private static string Locate() => AuditLog.TestSupport.SiblingProgram.Locate(Name);
}
