using Microsoft.Extensions.Options;

namespace AuditLog.Configuration;

/// <summary>Field rules of <see cref="KafkaClustersOptions"/> and of each cluster, generated from their data annotations.</summary>
[OptionsValidator]
internal sealed partial class KafkaClustersOptionsValidator : IValidateOptions<KafkaClustersOptions>
{
}
