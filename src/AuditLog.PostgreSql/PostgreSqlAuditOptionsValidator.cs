using Microsoft.Extensions.Options;

namespace AuditLog.PostgreSql;

/// <summary>
/// Rules of <see cref="PostgreSqlAuditOptions"/>, generated from its data annotations and checked at start-up.
/// No rule spans fields, so there is no hand-written validator.
/// </summary>
[OptionsValidator]
internal sealed partial class PostgreSqlAuditOptionsValidator : IValidateOptions<PostgreSqlAuditOptions>
{
}
