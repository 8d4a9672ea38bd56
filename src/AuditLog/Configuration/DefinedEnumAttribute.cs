namespace AuditLog.Configuration;

/// <summary>The value must be a named member of <paramref name="enumType"/>; the message gets the names as <c>{1}</c>.</summary>
internal sealed class DefinedEnumAttribute(Type enumType) : FieldRuleAttribute
{
    protected override string? Check(object? value) =>
        value is null || Enum.IsDefined(enumType, value) ? null : string.Join(", ", Enum.GetNames(enumType));
}
