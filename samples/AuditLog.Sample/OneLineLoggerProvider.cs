using Microsoft.Extensions.Logging;

namespace AuditLog.Sample;

/// <summary>
/// Writes each log entry as one line on standard error, with the message of its exception but never its stack trace:
/// a person running the sample reads what went wrong, not a socket's call stack.
/// </summary>
internal sealed class OneLineLoggerProvider(TextWriter error) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new OneLineLogger(error);

    public void Dispose()
    {
    }

    private sealed class OneLineLogger(TextWriter error) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var cause = exception is null ? "" : $" ({Failure.Messages(exception)})";
            var line = Failure.OneLine($"{Level(logLevel)}: {formatter(state, exception)}{cause}");
            lock (error)
            {
                error.WriteLine(line);
            }
        }

        private static string Level(LogLevel level) => level switch
        {
            LogLevel.Critical or LogLevel.Error => "error",
            LogLevel.Warning => "warning",
            _ => "info",
        };
    }
}
