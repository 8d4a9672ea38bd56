using Microsoft.Extensions.Options;

namespace AuditLog.Configuration;

/// <summary>Rules of <see cref="AuditLogOptions"/> across fields; field rules are annotations, checked by <see cref="AuditLogOptionsValidator"/>.</summary>
internal sealed class AuditLogOptionsRulesValidator : IValidateOptions<AuditLogOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditLogOptions options) =>
        options.RetryMaxDelay < options.RetryInitialDelay
            ? ValidateOptionsResult.Fail($"{AuditLogOptions.SectionName}:{nameof(options.RetryMaxDelay)} must not be shorter than {nameof(options.RetryInitialDelay)}.")
            : ValidateOptionsResult.Success;
}
