namespace AuditLog.Configuration;

/// <summary>A string that must be set and not blank.</summary>
internal sealed class RequiredTextAttribute : FieldRuleAttribute
{
    protected override string? Check(object? value) => string.IsNullOrWhiteSpace(value as string) ? "blank" : null;
}
