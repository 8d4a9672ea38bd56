namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Returned by <c>AddAuditLog()</c>: sinks hang off it, <c>AddSink</c> here and <c>AddPostgreSql</c> in the
/// AuditLog.PostgreSql package, <c>AddKafka</c> in the AuditLog.Kafka package.
/// </summary>
public interface IAuditLogBuilder
{
    /// <summary>The service collection the audit log is registered in.</summary>
    IServiceCollection Services { get; }
}
