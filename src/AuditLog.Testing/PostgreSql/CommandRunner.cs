using System.Diagnostics;

namespace AuditLog.Testing.PostgreSql;

/// <summary>
/// Runs PostgreSQL programs, as <paramref name="serverUser"/> when one is given: PostgreSQL refuses
/// to run as root, so a root test process hands them to an unprivileged account.
/// </summary>
/// <param name="serverUser">The system user to run server programs as, or null to run them as this process's user.</param>
internal sealed class CommandRunner(string? serverUser)
{
    /// <summary>The system user server programs run as, or null when they run as this process's user.</summary>
    internal string? ServerUser => serverUser;

    /// <summary>Describes a program to start with its output redirected, under the server user if <paramref name="asServerUser"/>.</summary>
    internal ProcessStartInfo CreateStartInfo(string program, IEnumerable<string> arguments, string workingDirectory, bool asServerUser)
    {
        var info = new ProcessStartInfo
        {
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        if (asServerUser && serverUser is not null)
        {
            // setpriv execs the program in place (runuser would fork and wait), so the process we
            // hold is the program itself and killing it reaches the server.
            info.FileName = "setpriv";
            info.ArgumentList.Add($"--reuid={serverUser}");
            info.ArgumentList.Add($"--regid={serverUser}");
            info.ArgumentList.Add("--init-groups");
            info.ArgumentList.Add("--");
            info.ArgumentList.Add(program);
        }
        else
        {
            info.FileName = program;
        }

        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    /// <summary>Runs a program to completion and returns what it wrote.</summary>
    /// <exception cref="InvalidOperationException">The program exited with a non-zero code; the message holds the command and its output.</exception>
    /// <exception cref="TimeoutException">The program ran longer than <paramref name="timeout"/> and was killed.</exception>
    internal async Task<string> RunAsync(
        string program,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        bool asServerUser,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        ProcessStartInfo info = CreateStartInfo(program, arguments, workingDirectory, asServerUser);
        using var process = Process.Start(info)
            ?? throw new InvalidOperationException($"Could not start '{Describe(info)}'.");
        Task<string> output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        Task<string> errors = process.StandardError.ReadToEndAsync(CancellationToken.None);

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"'{Describe(info)}' did not finish within {timeout.TotalSeconds:0} s and was killed.");
        }

        string text = string.Join(Environment.NewLine, new[] { await output.ConfigureAwait(false), await errors.ConfigureAwait(false) }
            .Where(part => part.Length > 0)).TrimEnd();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{Describe(info)}' exited with code {process.ExitCode}:{Environment.NewLine}{text}");
        }

        return text;
    }

    /// <summary>The command line, for error messages; the programs run here never take passwords.</summary>
    internal static string Describe(ProcessStartInfo info) =>
        string.Join(' ', new[] { info.FileName }.Concat(info.ArgumentList).Select(part => part.Contains(' ', StringComparison.Ordinal) ? $"\"{part}\"" : part));
}
