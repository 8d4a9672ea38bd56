namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Returned by <c>AddAuditLog()</c>: sinks hang off it (<c>AddSink</c>, <c>AddPostgreSql</c>, <c>AddKafka</c>).</summary>
public interface IAuditLogBuilder
{
    /// <summary>The service collection the audit log is registered in.</summary>
    IServiceCollection Services { get; }
}
