using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace AuditLog.Kafka.Tests.Support;

/// <summary>
/// One host instance (AuditLog.Kafka.RelayHost) as a process of its own: it writes events, then runs its relay until
/// stopped or killed. The test project builds it; its dll is found in its project's output for the configuration and
/// target framework this test assembly was built for.
/// </summary>
public sealed class RelayHostProcess : IAsyncDisposable
{
    private const string Name = "AuditLog.Kafka.RelayHost";

    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();

    private RelayHostProcess(Process process, string tag)
    {
        this.process = process;
        Tag = tag;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Tag { get; }

    /// <summary>Every line the process wrote, standard output and error together.</summary>
    public IReadOnlyList<string> Lines => [.. lines];

    public bool HasExited => process.HasExited;

    /// <summary>Starts a host that writes <paramref name="events"/> events with Conduktor's variables set in its environment.</summary>
    public static RelayHostProcess Start(string connectionString, int events, string tag, IReadOnlyDictionary<string, string> variables)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Locate(), connectionString, events.ToString(CultureInfo.InvariantCulture), tag })
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in variables)
        {
            info.Environment[key] = value;
        }

        return new RelayHostProcess(Process.Start(info) ?? throw new InvalidOperationException($"Could not start {Name}."), tag);
    }

    /// <summary>Waits for a line containing <paramref name="text"/>; throws with everything the process wrote when none comes.</summary>
    public async Task WaitForLineAsync(string text, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (!lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            if (deadline.Elapsed > timeout || process.HasExited)
            {
                throw new TimeoutException($"{Name} {Tag} wrote no line containing \"{text}\" within {timeout} (exited: {process.HasExited}). It wrote:\n{string.Join('\n', lines)}");
            }

            await Task.Delay(50);
        }
    }

    public bool Wrote(string text) => lines.Any(l => l.Contains(text, StringComparison.Ordinal));

    /// <summary>SIGKILL: the process ends at once, wherever it is, as a crashed host would.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
    }

    /// <summary>Closes standard input: the host stops cleanly.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        process.StandardInput.Close();
        using var deadline = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(deadline.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }

    private static string Locate() => AuditLog.TestSupport.SiblingProgram.Locate(Name);
}
