using System.CommandLine;
using System.Runtime.CompilerServices;
using AuditLog.Cli.Connection;
using AuditLog.PostgreSql;
using AuditLog.PostgreSql.Reading;
using Confluent.Kafka;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AuditLog.Cli.Commands;

/// <summary>
/// Runs a command's body against the audit services and turns what goes wrong into an exit code and one
/// line on the error stream, so every command fails the same way and none leaks a password.
/// </summary>
internal sealed class CommandRunner(CliConsole console, IConfiguration configuration, ConnectionOptions? connection)
{
    /// <summary>Runs a command that reads the database <c>--connection</c> or the settings name.</summary>
    public Task<int> RunAsync(ParseResult parseResult, Func<AuditServices, CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        var options = connection ?? throw new InvalidOperationException("This command has no connection options.");
        return GuardAsync(
            async services =>
            {
                var (text, schema) = options.Read(parseResult);
                services.Value = AuditServices.Create(configuration, text, schema);
                return await body(services.Value, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <summary>Runs a command that needs no database (<c>tail</c>).</summary>
    public Task<int> RunAsync(Func<CancellationToken, Task<int>> body, CancellationToken cancellationToken) =>
        GuardAsync(_ => body(cancellationToken), cancellationToken);

    private async Task<int> GuardAsync(Func<StrongBox<AuditServices?>, Task<int>> run, CancellationToken cancellationToken)
    {
        var services = new StrongBox<AuditServices?>();
        try
        {
            return await run(services).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await ReportAsync(services.Value, "Cancelled.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (CliException e)
        {
            await ReportAsync(services.Value, e.Message).ConfigureAwait(false);
            return e.ExitCode;
        }
        catch (AuditQueryException e)
        {
            await ReportAsync(services.Value, e.Message).ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (OptionsValidationException e)
        {
            // The validators phrase failures without the URL or the password.
            await ReportAsync(services.Value, $"Invalid configuration: {string.Join(" ", e.Failures)}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (PostgresException e)
        {
            await ReportAsync(services.Value, $"The database {services.Value?.Database} refused: {e.SqlState}: {e.MessageText}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (NpgsqlException e)
        {
            await ReportAsync(services.Value, $"Cannot reach the database {services.Value?.Database}: {Innermost(e).Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (KafkaException e)
        {
            // librdkafka's reasons name brokers and topics, never the client's secrets.
            await ReportAsync(services.Value, $"Kafka: {e.Error.Reason}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await ReportAsync(services.Value, e.Message).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            // Not System.CommandLine's handler: it would print the message unscrubbed.
            await ReportAsync(services.Value, $"{e.GetType().Name}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        finally
        {
            if (services.Value is not null)
            {
                await services.Value.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static Exception Innermost(Exception e)
    {
        // "Failed to connect to 127.0.0.1:5432" is useful; "Exception while reading from stream" less so.
        while (e.InnerException is { } inner)
        {
            e = inner;
        }

        return e;
    }

    private Task ReportAsync(AuditServices? services, string message)
    {
        foreach (var secret in services?.Secrets ?? [])
        {
            message = message.Replace(secret, "***", StringComparison.Ordinal);
        }

        // Messages may quote database content (a tampered row, a server error): never let it drive the terminal.
        return console.Error.WriteLineAsync($"auditlog: {TerminalSafeUtf8.ForTerminal(message)}");
    }
}
