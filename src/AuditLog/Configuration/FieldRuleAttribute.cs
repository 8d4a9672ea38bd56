using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace AuditLog.Configuration;

/// <summary>
/// A field rule whose check says what is wrong: the error message gets the field as <c>{0}</c> and the
/// detail of the broken rule as <c>{1}</c>, so a message names the configuration key and the reason together.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal abstract class FieldRuleAttribute : ValidationAttribute
{
    /// <summary>The detail of the broken rule, or null when the value keeps it.</summary>
    protected abstract string? Check(object? value);

    // No member names: the options validator would put them before a message that already names the key.
    protected sealed override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        Check(value) is { } detail
            ? new ValidationResult(string.Format(CultureInfo.InvariantCulture, ErrorMessageString, validationContext.DisplayName, detail))
            : ValidationResult.Success;
}
