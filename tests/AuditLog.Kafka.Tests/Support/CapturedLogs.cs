using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AuditLog.Kafka.Tests.Support;

/// <summary>A logger provider that keeps every formatted message, with its exception, for tests to read.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> entries = new();

    public IReadOnlyList<CapturedLog> Entries => [.. entries];

    public IEnumerable<string> Messages => Entries.Select(e => e.Message);

    public ILogger<T> CreateLogger<T>() => new Logger<T>(new LoggerFactory([this]));

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(entries);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new CapturedLog(logLevel, eventId.Id, formatter(state, exception), exception));
    }
}

/// <summary>One captured log message.</summary>
public sealed record CapturedLog(LogLevel Level, int EventId, string Message, Exception? Exception);
