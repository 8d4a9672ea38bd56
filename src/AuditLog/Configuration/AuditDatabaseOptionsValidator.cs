using Microsoft.Extensions.Options;

namespace AuditLog.Configuration;

/// <summary>Rules of <see cref="AuditDatabaseOptions"/>. Errors never quote the URL or the password.</summary>
internal sealed class AuditDatabaseOptionsValidator : IValidateOptions<AuditDatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditDatabaseOptions options)
    {
        var errors = new List<string>(options.BindingErrors);
        if (options.Port is < 1 or > 65535)
        {
            errors.Add($"{CdkVariables.Describe(CdkVariables.DatabasePort, $"{AuditDatabaseOptions.SectionName}:{nameof(options.Port)}")} must be a port number from 1 to 65535.");
        }

        var hasHost = !string.IsNullOrWhiteSpace(options.Host);
        var hasName = !string.IsNullOrWhiteSpace(options.Name);
        if (hasHost != hasName)
        {
            var missing = hasHost
                ? CdkVariables.Describe(CdkVariables.DatabaseName, $"{AuditDatabaseOptions.SectionName}:{nameof(options.Name)}")
                : CdkVariables.Describe(CdkVariables.DatabaseHost, $"{AuditDatabaseOptions.SectionName}:{nameof(options.Host)}");
            errors.Add($"{missing} is required when the database is configured.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
