using Microsoft.Extensions.Options;

namespace AuditLog.Configuration;

/// <summary>Rules of <see cref="AuditLogOptions"/> across fields and beyond annotations.</summary>
internal sealed class AuditLogOptionsRulesValidator : IValidateOptions<AuditLogOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditLogOptions options)
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(options.QueueFullPolicy))
        {
            errors.Add($"{AuditLogOptions.SectionName}:{nameof(options.QueueFullPolicy)} must be one of {string.Join(", ", Enum.GetNames<AuditQueueFullPolicy>())}.");
        }

        if (options.RetryMaxDelay < options.RetryInitialDelay)
        {
            errors.Add($"{AuditLogOptions.SectionName}:{nameof(options.RetryMaxDelay)} must not be shorter than {nameof(options.RetryInitialDelay)}.");
        }

        if (options.RedactedKeys.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add($"{AuditLogOptions.SectionName}:{nameof(options.RedactedKeys)} must not contain empty entries.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
