using Microsoft.Extensions.Options;

namespace AuditLog.Configuration;

/// <summary>
/// Rules of <see cref="AuditDatabaseOptions"/> across fields: a host and a database name come together. Variables that
/// could not be read are reported here too. Errors never quote the URL or the password.
/// </summary>
internal sealed class AuditDatabaseOptionsRulesValidator : IValidateOptions<AuditDatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditDatabaseOptions options)
    {
        var errors = new List<string>(options.BindingErrors);
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
