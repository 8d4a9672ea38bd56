using Microsoft.Extensions.Options;
using Npgsql;

namespace AuditLog.Sample;

/// <summary>
/// What the sample prints when it fails: one line saying what is wrong and what to do, and the exit code: 2 for
/// configuration, 1 for a failure while running.
/// </summary>
internal sealed record Failure(int ExitCode, string Line)
{
    public const int Configuration = 2;
    public const int Runtime = 1;

    public static Failure Describe(Exception exception, string databaseOrigin)
    {
        var cause = Unwrap(exception);
        switch (cause)
        {
            case OptionsValidationException invalid:
                return new(Configuration, OneLine($"Configuration error: {string.Join(" ", invalid.Failures)} Fix it and run again."));
            case SampleException sample:
                return new(sample.ExitCode, OneLine(sample.Message));
            case NpgsqlException or TimeoutException when !string.IsNullOrEmpty(databaseOrigin):
                return new(Runtime, OneLine(
                    $"PostgreSQL could not be reached ({Messages(cause)}). Check that the server named by {databaseOrigin} is running and accepts connections."));
            case AuditSinkException sink:
                return new(Runtime, OneLine($"The audit log could not be written: {Messages(sink)}."));
            case var other:
                return new(Runtime, OneLine($"The sample failed: {other.GetType().Name}: {Messages(other)}."));
        }
    }

    /// <summary>The messages of an exception and its inner exceptions, each once, joined by ": ".</summary>
    public static string Messages(Exception exception)
    {
        var messages = new List<string>();
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            var message = e.Message.Trim().TrimEnd('.');
            if (message.Length > 0 && !messages.Any(m => m.Contains(message, StringComparison.Ordinal)))
            {
                messages.Add(message);
            }
        }

        return string.Join(": ", messages);
    }

    public static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    // A host's start reports failures of several services together.
    private static Exception Unwrap(Exception exception) =>
        exception is AggregateException aggregate && aggregate.InnerExceptions.Count > 0
            ? (aggregate.InnerExceptions.OfType<OptionsValidationException>().FirstOrDefault() ?? Unwrap(aggregate.InnerExceptions[0]))
            : exception;
}
