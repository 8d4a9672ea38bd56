using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AuditLog.Configuration;

/// <summary>
/// Binds the options: first the <c>AuditLog</c> configuration section, then Conduktor's <c>CDK_*</c>
/// variables over it. Delegates given to <c>AddAuditLog</c> run after this, so code has the last word; then
/// clusters registered by code are named by their index, so errors can name them.
/// </summary>
internal sealed class AuditLogConfigureOptions(IServiceProvider services) :
    IConfigureOptions<AuditLogOptions>,
    IConfigureOptions<AuditLogPublisherOptions>,
    IConfigureOptions<KafkaClustersOptions>,
    IConfigureOptions<AuditDatabaseOptions>,
    IPostConfigureOptions<KafkaClustersOptions>
{
    private readonly IConfiguration? configuration = services.GetService<IConfiguration>();
    private CdkVariableSource Variables => new(configuration);

    public void Configure(AuditLogOptions options) => configuration?.GetSection(AuditLogOptions.SectionName).Bind(options);

    public void Configure(AuditLogPublisherOptions options)
    {
        configuration?.GetSection(AuditLogPublisherOptions.SectionName).Bind(options);
        CdkVariableBinder.Bind(Variables, options);
    }

    public void Configure(KafkaClustersOptions options)
    {
        foreach (var section in configuration?.GetSection(KafkaClustersOptions.SectionName).GetChildren() ?? [])
        {
            var cluster = new KafkaClusterOptions { Origin = section.Path };
            section.Bind(cluster);
            options.Clusters.Add(cluster);
        }

        CdkVariableBinder.Bind(Variables, options);
    }

    public void PostConfigure(string? name, KafkaClustersOptions options)
    {
        for (var i = 0; i < options.Clusters.Count; i++)
        {
            options.Clusters[i].Origin ??= $"{KafkaClustersOptions.SectionName}:{i}";
        }
    }

    public void Configure(AuditDatabaseOptions options)
    {
        configuration?.GetSection(AuditDatabaseOptions.SectionName).Bind(options);
        CdkVariableBinder.Bind(Variables, options);
    }
}
