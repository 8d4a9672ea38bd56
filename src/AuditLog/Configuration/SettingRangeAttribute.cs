using System.ComponentModel.DataAnnotations;

namespace AuditLog.Configuration;

/// <summary>
/// <see cref="RangeAttribute"/> whose own message (<c>{1}</c> and <c>{2}</c> the bounds) is the whole error: the
/// options validator generator replaces a plain <c>[Range]</c> by a copy with its stock message, and puts the
/// member name before any message that carries one, when our messages already name the configuration key.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class SettingRangeAttribute : RangeAttribute
{
    public SettingRangeAttribute(int minimum, int maximum)
        : base(minimum, maximum)
    {
    }

    public SettingRangeAttribute(Type type, string minimum, string maximum)
        : base(type, minimum, maximum)
    {
        ParseLimitsInInvariantCulture = true;
        ConvertValueInInvariantCulture = true;
    }

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        IsValid(value) ? ValidationResult.Success : new ValidationResult(FormatErrorMessage(validationContext.DisplayName));
}
