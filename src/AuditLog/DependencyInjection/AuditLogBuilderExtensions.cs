using AuditLog;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds sinks to the audit log.</summary>
public static class AuditLogBuilderExtensions
{
    /// <summary>Adds a sink resolved from the container (registered once however often this is called).</summary>
    public static IAuditLogBuilder AddSink<TSink>(this IAuditLogBuilder builder)
        where TSink : class, IAuditSink
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<TSink>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuditSink, SinkForwarder<TSink>>());
        return builder;
    }

    /// <summary>Adds a sink instance.</summary>
    public static IAuditLogBuilder AddSink(this IAuditLogBuilder builder, IAuditSink sink)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(sink);
        builder.Services.AddSingleton(sink);
        return builder;
    }

    /// <summary>Adds a sink made by a factory.</summary>
    public static IAuditLogBuilder AddSink(this IAuditLogBuilder builder, Func<IServiceProvider, IAuditSink> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        builder.Services.AddSingleton(factory);
        return builder;
    }
}
