using System.Diagnostics;
using AuditLog.TestSupport;

namespace AuditLog.Sample.Tests.Support;

/// <summary>What one run of the sample printed and returned, and the folder it ran in (deleted on dispose).</summary>
public sealed record SampleRun(int ExitCode, string Output, string Error, string WorkingDirectory) : IDisposable
{
    public void Dispose() => Directory.Delete(WorkingDirectory, recursive: true);

    /// <summary>The lines of standard error, without blank ones.</summary>
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>
/// Runs the built sample as a process in a fresh folder, output redirected (so plain text), with only the
/// <c>CDK_*</c> variables the test gives: those of the machine running the tests are removed.
/// </summary>
public static class SampleProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static async Task<SampleRun> RunAsync(IDictionary<string, string>? variables = null, params string[] args)
    {
        var folder = Directory.CreateTempSubdirectory("auditlog-sample-").FullName;
        var start = StartInfo(folder, variables, args);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The sample did not end within {Timeout}. Output so far: {await output} {await error}");
        }

        return new SampleRun(process.ExitCode, await output, await error, folder);
    }

    /// <summary>
    /// Starts the sample with <c>--web</c> on a free loopback port and returns once it serves the page, with the page's
    /// address; the sample runs until the returned process is killed.
    /// </summary>
    public static async Task<(Process Process, Uri Page, string Folder)> StartWebAsync()
    {
        var folder = Directory.CreateTempSubdirectory("auditlog-sample-").FullName;
        var process = Process.Start(StartInfo(folder, new Dictionary<string, string> { ["ASPNETCORE_URLS"] = "http://127.0.0.1:0" }, ["--web"]))!;
        _ = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            var at = line.IndexOf("http://", StringComparison.Ordinal);
            if (line.StartsWith("Browse", StringComparison.Ordinal) && at >= 0)
            {
                _ = process.StandardOutput.ReadToEndAsync();
                return (process, new Uri(line[at..line.IndexOf(' ', at)]), folder);
            }
        }

        throw new InvalidOperationException($"The sample ended (exit {process.ExitCode}) without serving the page.");
    }

    private static ProcessStartInfo StartInfo(string folder, IDictionary<string, string>? variables, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(SiblingProgram.Locate("AuditLog.Sample", "samples"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("CDK_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in variables ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
