namespace AuditLog.Configuration;

/// <summary>The names of Conduktor's environment variables, in one place.</summary>
internal static class CdkVariables
{
    public const string PublisherCluster = "CDK_AUDITLOGPUBLISHER_CLUSTER";
    public const string PublisherTopicName = "CDK_AUDITLOGPUBLISHER_TOPICNAME";
    public const string PublisherPartitions = "CDK_AUDITLOGPUBLISHER_TOPICCONFIG_PARTITION";
    public const string PublisherReplicationFactor = "CDK_AUDITLOGPUBLISHER_TOPICCONFIG_REPLICATIONFACTOR";

    public const string ClustersPrefix = "CDK_CLUSTERS_";
    public const string ClusterId = "ID";
    public const string ClusterBootstrapServers = "BOOTSTRAPSERVERS";
    public const string ClusterProperties = "PROPERTIES";

    public const string DatabaseUrl = "CDK_DATABASE_URL";
    public const string DatabaseHost = "CDK_DATABASE_HOST";
    public const string DatabasePort = "CDK_DATABASE_PORT";
    public const string DatabaseName = "CDK_DATABASE_NAME";
    public const string DatabaseUsername = "CDK_DATABASE_USERNAME";
    public const string DatabasePassword = "CDK_DATABASE_PASSWORD";

    public static string Cluster(int index, string field) => $"{ClustersPrefix}{index}_{field}";

    /// <summary>How an option is named in errors: the variable and the configuration key.</summary>
    public static string Describe(string variable, string configurationKey) => $"{variable} (or {configurationKey})";
}
