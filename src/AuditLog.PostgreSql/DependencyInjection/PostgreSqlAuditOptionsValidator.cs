using AuditLog.PostgreSql.Schema;
using Microsoft.Extensions.Options;

namespace AuditLog.PostgreSql;

/// <summary>Rules of <see cref="PostgreSqlAuditOptions"/>, checked at start-up.</summary>
internal sealed class PostgreSqlAuditOptionsValidator : IValidateOptions<PostgreSqlAuditOptions>
{
    public ValidateOptionsResult Validate(string? name, PostgreSqlAuditOptions options)
    {
        var errors = new List<string>();
        try
        {
            SchemaName.Parse(options.Schema);
        }
        catch (ArgumentException exception)
        {
            errors.Add(exception.Message.Split(" (Parameter", 2)[0]);
        }

        if (!Enum.IsDefined(options.OutagePolicy))
        {
            errors.Add($"{PostgreSqlAuditOptions.SectionName}:{nameof(options.OutagePolicy)} must be one of {string.Join(", ", Enum.GetNames<PostgreSqlOutagePolicy>())}.");
        }

        if (options.IntegrityKey is { Length: 0 })
        {
            errors.Add($"{PostgreSqlAuditOptions.SectionName}:{nameof(options.IntegrityKey)} must not be empty when set.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
