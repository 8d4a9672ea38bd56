using Microsoft.Extensions.Options;

namespace AuditLog.Kafka;

/// <summary>Rules of <see cref="KafkaExportOptions"/>, generated from its data annotations and checked at start-up.</summary>
[OptionsValidator]
internal sealed partial class KafkaExportOptionsValidator : IValidateOptions<KafkaExportOptions>
{
}
