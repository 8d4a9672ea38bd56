using System.Globalization;
using System.Text.RegularExpressions;

namespace AuditLog.Configuration;

/// <summary>Applies Conduktor's <c>CDK_*</c> variables to the options; values that cannot be read become binding errors.</summary>
internal static partial class CdkVariableBinder
{
    public static void Bind(CdkVariableSource source, AuditLogPublisherOptions options)
    {
        options.Cluster = source[CdkVariables.PublisherCluster] ?? options.Cluster;
        options.TopicName = source[CdkVariables.PublisherTopicName] ?? options.TopicName;
        if (source[CdkVariables.PublisherPartitions] is { } partitions)
        {
            if (int.TryParse(partitions, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1)
            {
                options.Partitions = value;
            }
            else
            {
                options.BindingErrors.Add($"{CdkVariables.PublisherPartitions} must be a whole number of at least 1, not '{partitions}'.");
            }
        }

        if (source[CdkVariables.PublisherReplicationFactor] is { } factor)
        {
            if (short.TryParse(factor, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1)
            {
                options.ReplicationFactor = value;
            }
            else
            {
                options.BindingErrors.Add($"{CdkVariables.PublisherReplicationFactor} must be a whole number from 1 to {short.MaxValue}, not '{factor}'.");
            }
        }
    }

    public static void Bind(CdkVariableSource source, KafkaClustersOptions options)
    {
        var indexes = new SortedSet<int>();
        foreach (var name in source.Names)
        {
            if (ClusterVariable().Match(name) is not { Success: true } match)
            {
                continue;
            }

            if (int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                indexes.Add(index);
            }
            else
            {
                options.BindingErrors.Add($"{name} has a cluster index that cannot be read.");
            }
        }

        foreach (var index in indexes)
        {
            var cluster = new KafkaClusterOptions
            {
                Id = source[CdkVariables.Cluster(index, CdkVariables.ClusterId)],
                BootstrapServers = source[CdkVariables.Cluster(index, CdkVariables.ClusterBootstrapServers)],
            };
            if (source[CdkVariables.Cluster(index, CdkVariables.ClusterProperties)] is { } properties)
            {
                ReadProperties(properties, CdkVariables.Cluster(index, CdkVariables.ClusterProperties), cluster.Properties, options.BindingErrors);
            }

            if (cluster.Id is null && cluster.BootstrapServers is null && cluster.Properties.Count == 0)
            {
                continue; // only Conduktor's other cluster variables (schema registry, colour…) are set
            }

            cluster.Origin = $"{CdkVariables.ClustersPrefix}{index}";
            options.Clusters.Add(cluster);
        }
    }

    public static void Bind(CdkVariableSource source, AuditDatabaseOptions options)
    {
        if (source[CdkVariables.DatabaseUrl] is { } url)
        {
            ReadUrl(url, options);
        }

        options.Host = source[CdkVariables.DatabaseHost] ?? options.Host;
        options.Name = source[CdkVariables.DatabaseName] ?? options.Name;
        options.Username = source[CdkVariables.DatabaseUsername] ?? options.Username;
        options.Password = source[CdkVariables.DatabasePassword] ?? options.Password;
        if (source[CdkVariables.DatabasePort] is { } port)
        {
            if (TryReadPort(port, out var value))
            {
                options.Port = value;
            }
            else
            {
                options.BindingErrors.Add($"{CdkVariables.DatabasePort} must be a port number from 1 to 65535, not '{port}'.");
            }
        }
    }

    // One key=value a line; blank lines and '#' comments are skipped. Values may be secrets: errors name the line only.
    private static void ReadProperties(string text, string variable, IDictionary<string, string> properties, List<string> errors)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            // Keys never hold spaces: "sasl.jaas.config org… username=…" lacks the '=' after its key.
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || line[..equals].Trim().Any(char.IsWhiteSpace))
            {
                errors.Add($"{variable} line {i + 1} must be key=value.");
                continue;
            }

            properties[line[..equals].Trim()] = line[(equals + 1)..].Trim();
        }
    }

    // The URL holds the password: errors never quote it.
    private static void ReadUrl(string url, AuditDatabaseOptions options)
    {
        const string Expected = "must look like postgresql://user:password@host:port/database";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "postgresql" && uri.Scheme != "postgres") || string.IsNullOrEmpty(uri.Host) || uri.Port == 0)
        {
            options.BindingErrors.Add($"{CdkVariables.DatabaseUrl} {Expected}.");
            return;
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (database.Length == 0 || database.Contains('/', StringComparison.Ordinal))
        {
            options.BindingErrors.Add($"{CdkVariables.DatabaseUrl} {Expected} (the database name is missing).");
            return;
        }

        options.Host = uri.Host;
        options.Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port;
        options.Name = database;
        var userInfo = uri.UserInfo;
        if (userInfo.Length > 0)
        {
            var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
            options.Username = Uri.UnescapeDataString(colon < 0 ? userInfo : userInfo[..colon]);
            options.Password = colon < 0 ? options.Password : Uri.UnescapeDataString(userInfo[(colon + 1)..]);
        }
    }

    private static bool TryReadPort(string text, out int port) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port is >= 1 and <= 65535;

    [GeneratedRegex(@"^CDK_CLUSTERS_(\d+)_", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClusterVariable();
}
