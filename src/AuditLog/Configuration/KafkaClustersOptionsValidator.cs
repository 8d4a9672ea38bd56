using System.Globalization;
using Microsoft.Extensions.Options;

namespace AuditLog.Configuration;

/// <summary>Rules of <see cref="KafkaClustersOptions"/>: every cluster has an id and valid bootstrap servers; ids are unique.</summary>
internal sealed class KafkaClustersOptionsValidator : IValidateOptions<KafkaClustersOptions>
{
    public ValidateOptionsResult Validate(string? name, KafkaClustersOptions options)
    {
        var errors = new List<string>(options.BindingErrors);
        for (var i = 0; i < options.Clusters.Count; i++)
        {
            var cluster = options.Clusters[i];
            var origin = cluster.Origin ?? $"{KafkaClustersOptions.SectionName}:{i}";
            if (string.IsNullOrWhiteSpace(cluster.Id))
            {
                errors.Add($"{Name(origin, CdkVariables.ClusterId, nameof(cluster.Id))} is required.");
            }

            if (string.IsNullOrWhiteSpace(cluster.BootstrapServers))
            {
                errors.Add($"{Name(origin, CdkVariables.ClusterBootstrapServers, nameof(cluster.BootstrapServers))} is required.");
            }
            else if (BootstrapProblem(cluster.BootstrapServers) is { } problem)
            {
                errors.Add($"{Name(origin, CdkVariables.ClusterBootstrapServers, nameof(cluster.BootstrapServers))} {problem}.");
            }
        }

        foreach (var duplicate in options.Clusters.Where(c => c.Id is not null).GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"Kafka cluster id '{duplicate.Key}' is registered {duplicate.Count()} times ({CdkVariables.ClustersPrefix}<n>_{CdkVariables.ClusterId} must be unique).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    // CDK origins are variable prefixes (CDK_CLUSTERS_0 + _ID); configuration origins are section paths (…:0 + :Id).
    private static string Name(string origin, string variable, string property) =>
        origin.StartsWith(CdkVariables.ClustersPrefix, StringComparison.Ordinal) ? $"{origin}_{variable}" : $"{origin}:{property}";

    private static string? BootstrapProblem(string servers)
    {
        foreach (var server in servers.Split(',', StringSplitOptions.TrimEntries))
        {
            var colon = server.LastIndexOf(':');
            if (colon <= 0 || !int.TryParse(server[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            {
                return "must be a comma-separated list of host:port";
            }
        }

        return null;
    }
}
