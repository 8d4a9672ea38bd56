namespace AuditLog.Configuration;

/// <summary>An optional string that, when set, must not be empty.</summary>
internal sealed class NotEmptyWhenSetAttribute : FieldRuleAttribute
{
    protected override string? Check(object? value) => value is string { Length: 0 } ? "empty" : null;
}
