namespace AuditLog.Configuration;

/// <summary>A list of strings must not hold null, empty or blank entries.</summary>
internal sealed class NoBlankEntriesAttribute : FieldRuleAttribute
{
    protected override string? Check(object? value) =>
        value is IEnumerable<string?> entries && entries.Any(string.IsNullOrWhiteSpace) ? "blank" : null;
}
