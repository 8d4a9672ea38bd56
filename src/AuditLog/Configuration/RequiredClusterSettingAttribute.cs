using System.ComponentModel.DataAnnotations;

namespace AuditLog.Configuration;

/// <summary>A setting every registered cluster needs; the error names it as the cluster's source spells it.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class RequiredClusterSettingAttribute(string variable) : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is string text && !string.IsNullOrWhiteSpace(text)
            ? ValidationResult.Success
            : new ValidationResult($"{KafkaClusterOptions.SettingName(validationContext, variable)} is required.");
}
