using System.CommandLine;
using System.CommandLine.Parsing;
using AuditLog.Cli.Connection;
using AuditLog.Cli.Export;
using AuditLog.Cli.Help;
using AuditLog.Cli.Progress;
using AuditLog.PostgreSql;
using Microsoft.Extensions.Configuration;

namespace AuditLog.Cli.Commands;

/// <summary>
/// <c>auditlog export</c>: streams the events matching the filters, newest first, as CSV or JSON Lines to a
/// file or to standard output. Data goes to the output only; progress and the summary go to the error stream,
/// so <c>auditlog export --format json | jq</c> sees nothing but events.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console, IConfiguration configuration)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "csv: a header row, then one row per event; json: one CloudEvent per line (JSON Lines).",
            Required = true,
        };
        format.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<string>("--output", "-o")
        {
            Description = "The file to write, replaced only once the export is complete. Default: standard output.",
            HelpName = "file",
        };
        var from = TimeArgument.Option("--from", "The earliest event time, inclusive: RFC 3339 (2026-11-01T09:30:00Z) or a date (2026-11-01, midnight UTC).");
        var to = TimeArgument.Option("--to", "The latest event time, exclusive: RFC 3339 or a date (midnight UTC, so --to 2026-11-02 ends with November 1st).");
        var types = new Option<string[]>("--type")
        {
            Description = "An event type of the catalogue (Kafka.Topic.Create, topic.Created…). Repeat for several.",
            HelpName = "type",
        };
        types.Validators.Add(ValidateTypes);
        types.CompletionSources.Add(_ => AuditCatalogue.All.Select(t => t.Name).Distinct());
        var families = new Option<string[]>("--family")
        {
            Description = "A family of the catalogue. Repeat for several.",
        };
        families.AcceptOnlyFromAmong("exportable", "legacy", "security", "confluent");
        var actor = new Option<string>("--actor")
        {
            Description = "The actor's id (e-mail, service account, API key…), matched exactly.",
            HelpName = "id",
        };
        var resource = new Option<string>("--resource")
        {
            Description = "The beginning of the resource address, e.g. //kafka/kafkacluster/production/ for a whole cluster.",
            HelpName = "prefix",
        };
        var resourceType = new Option<string>("--resource-type")
        {
            Description = "A resource type of the catalogue (Topic, Connector, KafkaCluster…).",
            HelpName = "type",
        };
        resourceType.Validators.Add(ValidateResourceType);
        resourceType.CompletionSources.Add(_ => AuditCatalogue.ResourceTypes.Select(t => t.Name).Distinct());
        var outcome = new Option<string>("--outcome")
        {
            Description = "Only events with this outcome.",
        };
        outcome.AcceptOnlyFromAmong("success", "failure", "denied");
        var search = new Option<string>("--search")
        {
            Description = "Words to find in the event type, resource address, actor and metadata values; \"exact phrase\", or, -excluded.",
            HelpName = "text",
        };

        var connection = new ConnectionOptions();
        var command = new DocumentedCommand(
            "export",
            "Export audit events, newest first, as CSV or as CloudEvents JSON (one per line). Progress goes to standard error, data to standard output or --output.",
            [
                new("auditlog export --format csv --from 2026-11-01 --type Kafka.Topic.Delete --output deletes.csv", "Every topic deletion since November 1st (UTC), as a CSV file."),
                new("auditlog export --format json --actor alice@example.com --outcome denied | jq .type", "What alice was refused, as CloudEvents piped to jq."),
            ])
        {
            format, output, from, to, types, families, actor, resource, resourceType, outcome, search,
        };
        connection.AddTo(command);
        var runner = new CommandRunner(console, configuration, connection);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var query = new AuditQuery
            {
                From = parseResult.GetValue(from),
                To = parseResult.GetValue(to),
                EventTypes = [.. parseResult.GetValue(types) ?? []],
                Families = [.. (parseResult.GetValue(families) ?? []).Select(f => Enum.Parse<AuditEventFamily>(f, ignoreCase: true))],
                Actor = parseResult.GetValue(actor),
                ResourcePrefix = parseResult.GetValue(resource),
                ResourceType = parseResult.GetValue(resourceType),
                Outcome = parseResult.GetValue(outcome) is { } status ? Enum.Parse<OutcomeStatus>(status, ignoreCase: true) : null,
                Text = parseResult.GetValue(search),
            };
            var exportFormat = parseResult.GetValue(format) == "csv" ? AuditExportFormat.Csv : AuditExportFormat.Json;
            var path = parseResult.GetValue(output);
            return runner.RunAsync(parseResult, (services, ct) => ExportAsync(console, services, query, exportFormat, path, ct), cancellationToken);
        });
        return command;
    }

    private static async Task<int> ExportAsync(CliConsole console, AuditServices services, AuditQuery query, AuditExportFormat format, string? path, CancellationToken cancellationToken)
    {
        await SchemaGuard.EnsureCurrentAsync(services, cancellationToken).ConfigureAwait(false);
        var store = services.Get<PostgreSqlAuditStore>();
        if (path is null)
        {
            long written;
            await using (var stream = new TextWriterStream(console.Output))
            {
                written = await CommandProgress.RunAsync(
                    console, ProgressActivity.Export, dataOnOutput: true, (progress, ct) => store.ExportAsync(query, format, stream, progress, ct), cancellationToken).ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync($"Exported {Events(written)}.").ConfigureAwait(false);
            return ExitCodes.Success;
        }

        await using var file = OutputFile.Create(path);
        var count = await CommandProgress.RunAsync(
            console, ProgressActivity.Export, dataOnOutput: false, (progress, ct) => store.ExportAsync(query, format, file.Stream, progress, ct), cancellationToken).ConfigureAwait(false);
        await file.CommitAsync(cancellationToken).ConfigureAwait(false);
        await console.Error.WriteLineAsync($"Exported {Events(count)} to {path}").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static string Events(long count) => count == 1 ? "1 event" : $"{count} events";

    private static void ValidateTypes(OptionResult result)
    {
        foreach (var name in result.GetValueOrDefault<string[]>() ?? [])
        {
            if (AuditCatalogue.Find(name) is not null)
            {
                continue;
            }

            var near = AuditCatalogue.All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
            result.AddError(near is null
                ? $"--type {name} is not an event type of the catalogue (such as Kafka.Topic.Create or topic.Created)."
                : $"--type {name} is not an event type of the catalogue; did you mean {near.Name}?");
        }
    }

    private static void ValidateResourceType(OptionResult result)
    {
        if (result.GetValueOrDefault<string>() is { } name && !AuditCatalogue.ResourceTypes.Any(t => t.Name == name))
        {
            var names = string.Join(", ", AuditCatalogue.ResourceTypes.Select(t => t.Name).Distinct());
            result.AddError($"--resource-type {name} is not a resource type of the catalogue: {names}.");
        }
    }
}
