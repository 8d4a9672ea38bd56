using AuditLog.Configuration;

namespace AuditLog.PostgreSql.Schema;

/// <summary>The value must be a <see cref="SchemaName"/>.</summary>
internal sealed class ValidSchemaNameAttribute : FieldRuleAttribute
{
    protected override string? Check(object? value) => SchemaName.TryParse(value as string, out _, out var error) ? null : error;
}
