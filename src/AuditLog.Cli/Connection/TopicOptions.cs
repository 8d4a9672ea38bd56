using System.CommandLine;
using AuditLog.Kafka;
using AuditLog.PostgreSql.Reading;
using Microsoft.Extensions.Configuration;

namespace AuditLog.Cli.Connection;

/// <summary>What the commands reading the audit topic share: <c>--cluster</c>, <c>--topic</c>, the integrity key, violation lines.</summary>
internal static class TopicOptions
{
    /// <summary><c>--cluster id</c>: a registered cluster; by default the audit publisher's, unless <paramref name="required"/>.</summary>
    public static Option<string> Cluster(string description = "The id of a registered cluster (CDK_CLUSTERS_<n>_ID). Default: CDK_AUDITLOGPUBLISHER_CLUSTER.", bool required = false) => new("--cluster")
    {
        Description = description,
        HelpName = "id",
        Required = required,
    };

    /// <summary><c>--topic name</c>.</summary>
    public static Option<string> Topic(string description) => new("--topic")
    {
        Description = description,
        HelpName = "name",
    };

    /// <summary>The key the writers hashed with, as a host configures it; never taken from the command line, where others could read it.</summary>
    public static string? IntegrityKey(IConfiguration configuration) =>
        Blank(configuration["AuditLog:Kafka:IntegrityKey"]) ?? Blank(configuration["AuditLog:PostgreSql:IntegrityKey"]);

    /// <summary>One line for a violation of the topic's chains; descriptions never quote record content, but are made terminal-safe anyway.</summary>
    public static string Describe(AuditTopicViolation violation) =>
        TerminalSafeUtf8.ForTerminal($"Topic violation: {violation.Kind}: {violation.Description}");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
