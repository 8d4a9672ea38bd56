using Microsoft.Extensions.Options;

namespace AuditLog.Configuration;

/// <summary>Field rules of <see cref="AuditLogOptions"/>, generated from its data annotations.</summary>
[OptionsValidator]
internal sealed partial class AuditLogOptionsValidator : IValidateOptions<AuditLogOptions>
{
}
