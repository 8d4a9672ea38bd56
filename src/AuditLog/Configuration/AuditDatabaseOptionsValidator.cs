using Microsoft.Extensions.Options;

namespace AuditLog.Configuration;

/// <summary>Field rules of <see cref="AuditDatabaseOptions"/>, generated from its data annotations.</summary>
[OptionsValidator]
internal sealed partial class AuditDatabaseOptionsValidator : IValidateOptions<AuditDatabaseOptions>
{
}
