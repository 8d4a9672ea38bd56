using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AuditLog.Kafka.Tests.Support;

/// <summary>A host registering AddAuditLog().AddKafka() with Conduktor's variables given as configuration.</summary>
public static class KafkaHost
{
    public static IHost Build(CapturedLogs logs, params (string Key, string Value)[] variables)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(variables.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value)));
        builder.Logging.AddProvider(logs);
        builder.Services.AddAuditLog().AddKafka();
        return builder.Build();
    }

    /// <summary>Runs what AddKafka() added to the host's start, without the audit pipeline (which needs a sink).</summary>
    public static async Task StartKafkaAsync(this IHost host, CancellationToken cancellationToken = default)
    {
        foreach (var service in host.Services.GetServices<IHostedService>().Where(s => s.GetType().Assembly == typeof(KafkaAuditLogBuilderExtensions).Assembly))
        {
            await service.StartAsync(cancellationToken);
        }
    }
}
