using Microsoft.Extensions.Options;

namespace AuditLog.Configuration;

/// <summary>Field rules of <see cref="AuditLogPublisherOptions"/>, generated from its data annotations.</summary>
[OptionsValidator]
internal sealed partial class AuditLogPublisherOptionsValidator : IValidateOptions<AuditLogPublisherOptions>
{
}
