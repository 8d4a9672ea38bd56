using System.CommandLine;
using AuditLog.Cli.Connection;
using AuditLog.Cli.Export;
using AuditLog.Cli.Help;
using AuditLog.Kafka;
using AuditLog.PostgreSql;
using AuditLog.PostgreSql.Reading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace AuditLog.Cli.Commands;

/// <summary>
/// <c>auditlog import-confluent</c>: stores the records of Confluent's audit topic in the audit database through the
/// normal logger (<see cref="ConfluentAuditImporter"/>), so one trail holds them. Prints the counts; each record skipped
/// as invalid goes to standard error with its partition and offset, and makes the exit code 1.
/// </summary>
internal static class ImportConfluentCommand
{
    public static Command Create(CliConsole console, IConfiguration configuration)
    {
        var connection = new ConnectionOptions();
        var cluster = TopicOptions.Cluster("The id of the registered cluster holding Confluent's audit topic (CDK_CLUSTERS_<n>_ID).", required: true);
        var topic = TopicOptions.Topic($"Confluent's audit topic. Default: {ConfluentImportOptions.DefaultTopic}.");
        var from = TimeArgument.Option("--from", "For partitions never imported before, start at the records written at or after this time. Default: the beginning; a partition imported before resumes where the last import stopped.");
        var categories = new Option<string[]>("--category")
        {
            Description = "Import only events of this Confluent category (Authentication, Authorization, RBAC, \"Management and operations\"…); repeat for more. Default: every category.",
            HelpName = "name",
        };
        var excluded = new Option<string[]>("--exclude-principal")
        {
            Description = "Leave out the events of this principal (User:306343), like Confluent Platform's excluded_principals; repeat for more.",
            HelpName = "principal",
        };
        var command = new DocumentedCommand(
            "import-confluent",
            "Store the records of Confluent's audit topic in the audit database, chained like every event, each once (by Confluent's id), resuming where the last import stopped. Exit 1 if records were skipped as invalid.",
            [
                new("auditlog import-confluent --cluster confluent-cloud", "Imports confluent-audit-log-events from the cluster registered as confluent-cloud (CDK_CLUSTERS_*) into the database of CDK_DATABASE_URL."),
                new("auditlog import-confluent --cluster confluent-cloud --category Authorization --exclude-principal User:sa-monitoring", "Only authorization checks, not those of the monitoring service account."),
            ])
        {
            cluster, topic, from, categories, excluded,
        };
        connection.AddTo(command);
        var runner = new CommandRunner(console, configuration, connection);
        command.SetAction((parseResult, cancellationToken) => runner.RunAsync(
            parseResult,
            (services, ct) => ImportAsync(
                services,
                new ConfluentImportOptions
                {
                    Cluster = parseResult.GetValue(cluster)!,
                    Topic = parseResult.GetValue(topic) ?? ConfluentImportOptions.DefaultTopic,
                    From = parseResult.GetValue(from),
                    Categories = parseResult.GetValue(categories) ?? [],
                    ExcludedPrincipals = parseResult.GetValue(excluded) ?? [],
                },
                ct),
            cancellationToken));
        return command;

        async Task<int> ImportAsync(AuditServices services, ConfluentImportOptions options, CancellationToken cancellationToken)
        {
            // Resolved first: a cluster that is not registered is a configuration error, found before any work.
            var target = KafkaTopicTarget.Resolve(configuration, options.Cluster, options.Topic);
            await SchemaGuard.EnsureCurrentAsync(services, cancellationToken).ConfigureAwait(false);
            var importer = new ConfluentAuditImporter(
                services.Get<AuditDatabase>(),
                services.Get<IAuditLogger>(),
                id => id == target.ClusterId ? target.Client : null,
                NullLogger.Instance);
            await services.StartWritersAsync(cancellationToken).ConfigureAwait(false);
            Task<ConfluentImportResult> import;
            try
            {
                // The options are checked before the task starts: an ArgumentException here means nothing was read.
                import = importer.ImportAsync(options, cancellationToken);
            }
            catch (ArgumentException e)
            {
                throw CliException.Usage(e.Message.Split(" (Parameter", 2)[0]);
            }

            var result = await import.ConfigureAwait(false);
            foreach (var problem in result.Invalid)
            {
                // Reasons name members and rules, never record content; made terminal-safe anyway.
                await console.Error.WriteLineAsync(TerminalSafeUtf8.ForTerminal($"Skipped partition {problem.Partition} offset {problem.Offset}: {problem.Reason}")).ConfigureAwait(false);
            }

            await console.Output.WriteLineAsync(
                $"Read {result.Read} records from topic {target.Topic} on cluster {target.ClusterId}: {result.Imported} imported, {result.AlreadyPresent} already present, {result.Filtered} filtered, {result.Skipped} skipped as invalid.").ConfigureAwait(false);
            return result.Skipped == 0 ? ExitCodes.Success : ExitCodes.Failure;
        }
    }
}
