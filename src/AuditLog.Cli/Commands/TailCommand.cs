using System.CommandLine;
using AuditLog.Cli.Connection;
using AuditLog.Cli.Export;
using AuditLog.Cli.Help;
using AuditLog.Kafka;
using AuditLog.PostgreSql;
using AuditLog.PostgreSql.Reading;
using Microsoft.Extensions.Configuration;

namespace AuditLog.Cli.Commands;

/// <summary>
/// <c>auditlog tail</c>: reads the audit topic back (Conduktor's "export the audit log from the topic") and writes its
/// events as <c>auditlog export</c> does, checking the chain links as it reads. Violations go to standard error, one
/// line each, and make the exit code 1; the events go to standard output or <c>--output</c>.
/// </summary>
internal static class TailCommand
{
    public static Command Create(CliConsole console, IConfiguration configuration)
    {
        var cluster = TopicOptions.Cluster();
        var topic = TopicOptions.Topic("The audit topic. Default: CDK_AUDITLOGPUBLISHER_TOPICNAME.");
        var from = TimeArgument.Option("--from", "Start at the records written at or after this time: RFC 3339 (2026-11-01T09:30:00Z) or a date (midnight UTC). Default: the beginning of the topic.");
        var follow = new Option<bool>("--follow", "-F")
        {
            Description = "Keep reading new events until Ctrl+C, writing each as it comes.",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "json (default): one CloudEvent per line (JSON Lines); csv: a header row, then one row per event.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<string>("--output", "-o")
        {
            Description = "The file to write; without --follow replaced only once the read is complete, with it written as events come. Default: standard output.",
            HelpName = "file",
        };

        var command = new DocumentedCommand(
            "tail",
            "Read the audit topic back and write its events as CSV or CloudEvents JSON, checking every writer's chain. Violations (gap, duplicate, altered, unreadable) go to standard error; exit 1 if any.",
            [
                new("auditlog tail --format csv --from 2026-11-01 --output november.csv", "The topic's events since November 1st (UTC) as a CSV file; cluster and topic from CDK_AUDITLOGPUBLISHER_CLUSTER and _TOPICNAME."),
                new("auditlog tail --cluster production --topic _conduktor_console_audit_log --follow | jq .type", "Follows new events as they are published."),
            ])
        {
            cluster, topic, from, follow, format, output,
        };
        var runner = new CommandRunner(console, configuration, connection: null);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var request = new TailRequest(
                parseResult.GetValue(cluster),
                parseResult.GetValue(topic),
                new AuditTopicReadOptions { From = parseResult.GetValue(from), Follow = parseResult.GetValue(follow), IntegrityKey = TopicOptions.IntegrityKey(configuration) },
                parseResult.GetValue(format) == "csv" ? AuditExportFormat.Csv : AuditExportFormat.Json,
                parseResult.GetValue(output));
            return runner.RunAsync(ct => TailAsync(console, configuration, request, ct), cancellationToken);
        });
        return command;
    }

    private static async Task<int> TailAsync(CliConsole console, IConfiguration configuration, TailRequest request, CancellationToken cancellationToken)
    {
        var target = KafkaTopicTarget.Resolve(configuration, request.Cluster, request.Topic);
        var reader = new AuditTopicReader(target.Client, target.Topic);
        if (request.Path is null)
        {
            await using var stream = new TextWriterStream(console.Output);
            return await CopyAsync(console, reader, request, stream, target, cancellationToken).ConfigureAwait(false);
        }

        if (request.Options.Follow)
        {
            // Following never completes: the file holds every event written so far, whenever it is stopped.
            var fullPath = Path.GetFullPath(request.Path);
            if (Directory.Exists(fullPath) || !Directory.Exists(Path.GetDirectoryName(fullPath)))
            {
                throw CliException.Usage($"--output must name a file in an existing folder: {request.Path}");
            }

            await using var file = new FileStream(fullPath, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16, FileOptions.Asynchronous);
            return await CopyAsync(console, reader, request, file, target, cancellationToken).ConfigureAwait(false);
        }

        await using var output = OutputFile.Create(request.Path);
        var exitCode = await CopyAsync(console, reader, request, output.Stream, target, cancellationToken).ConfigureAwait(false);
        await output.CommitAsync(cancellationToken).ConfigureAwait(false);
        return exitCode;
    }

    private static async Task<int> CopyAsync(CliConsole console, AuditTopicReader reader, TailRequest request, Stream stream, KafkaTopicTarget target, CancellationToken cancellationToken)
    {
        using var writer = new EventStreamWriter(stream, request.Format);
        long violations = 0;
        await foreach (var item in reader.ReadAsync(request.Options, cancellationToken).ConfigureAwait(false))
        {
            switch (item)
            {
                case AuditTopicEvent auditEvent:
                    await writer.WriteAsync(auditEvent, cancellationToken).ConfigureAwait(false);
                    if (request.Options.Follow)
                    {
                        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                    }

                    break;
                case AuditTopicViolation violation:
                    violations++;
                    await console.Error.WriteLineAsync(TopicOptions.Describe(violation)).ConfigureAwait(false);
                    break;
            }
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        var found = violations == 0 ? string.Empty : $"; {violations} violation{(violations == 1 ? string.Empty : "s")} of the chains";
        await console.Error.WriteLineAsync($"Read {Count(writer.Count)} from topic {target.Topic} on cluster {target.ClusterId}{found}.").ConfigureAwait(false);
        return violations == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static string Count(long count) => count == 1 ? "1 event" : $"{count} events";

    private sealed record TailRequest(string? Cluster, string? Topic, AuditTopicReadOptions Options, AuditExportFormat Format, string? Path);
}
