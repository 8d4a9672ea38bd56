using Microsoft.Extensions.Options;

namespace AuditLog.PostgreSql.Retention;

/// <summary>The retention options' rules: a positive period when set, an interval a timer can keep.</summary>
internal sealed class RetentionOptionsValidator : IValidateOptions<PostgreSqlAuditOptions>
{
    // PeriodicTimer's limit, rounded down to whole days.
    private static readonly TimeSpan LongestInterval = TimeSpan.FromDays(49);

    public ValidateOptionsResult Validate(string? name, PostgreSqlAuditOptions options)
    {
        var failures = new List<string>();
        if (options.RetentionPeriod is { } period && period <= TimeSpan.Zero)
        {
            failures.Add($"{PostgreSqlAuditOptions.SectionName}:{nameof(options.RetentionPeriod)} must be greater than zero when set (leave it unset to keep events forever).");
        }

        if (options.RetentionInterval <= TimeSpan.Zero || options.RetentionInterval > LongestInterval)
        {
            failures.Add($"{PostgreSqlAuditOptions.SectionName}:{nameof(options.RetentionInterval)} must be greater than zero and at most 49 days.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
