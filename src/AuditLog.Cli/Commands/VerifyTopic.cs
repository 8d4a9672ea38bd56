using AuditLog.Cli.Connection;
using AuditLog.Cli.Progress;
using AuditLog.Kafka.Witness;
using AuditLog.PostgreSql;
using AuditLog.PostgreSql.Reading;

namespace AuditLog.Cli.Commands;

/// <summary>
/// <c>auditlog verify --topic</c>: the audit topic as a witness of the database (<see cref="TopicWitness"/>). One line
/// per finding and a summary on standard output; exit 1 with any finding.
/// </summary>
internal static class VerifyTopic
{
    /// <summary>Compares <paramref name="target"/>'s topic with the database of <paramref name="services"/>.</summary>
    /// <returns>True when the topic's chains are intact and the database holds every event of it as published.</returns>
    public static async Task<bool> RunAsync(CliConsole console, AuditServices services, KafkaTopicTarget target, string? integrityKey, CancellationToken cancellationToken)
    {
        var witness = new TopicWitness(services.Get<AuditDatabase>(), target.Client, target.ClusterId, target.Topic, integrityKey);
        // Findings are written while the topic is read: progress stays off a terminal that also shows them.
        var result = await CommandProgress.RunAsync(
            console,
            ProgressActivity.VerifyTopic,
            dataOnOutput: true,
            (progress, ct) => witness.CompareAsync((finding, _) => new ValueTask(console.Output.WriteLineAsync(Describe(finding))), progress, ct),
            cancellationToken).ConfigureAwait(false);

        var purged = result.EventsPurged == 0 ? string.Empty : $" ({Count(result.EventsPurged, "event")} purged from it by retention not compared)";
        await console.Output.WriteLineAsync(result.IsIntact
            ? $"Intact: {Count(result.EventsOnTopic, "event")} on the topic match the database{purged}."
            : $"Not intact: {Count(result.Findings, "finding")}; {result.EventsMatched} of {Count(result.EventsOnTopic, "event")} on the topic match the database{purged}.").ConfigureAwait(false);
        return result.IsIntact;
    }

    // Ids and descriptions come from the topic and the (possibly tampered) database: shown, never obeyed by the terminal.
    private static string Describe(TopicFinding finding) => finding.Violation is { } violation
        ? TopicOptions.Describe(violation)
        : TerminalSafeUtf8.ForTerminal($"Topic witness: {finding.Kind} event {finding.EventId} (writer {finding.Writer}, sequence {finding.Sequence}): {finding.Description}");

    private static string Count(long count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
