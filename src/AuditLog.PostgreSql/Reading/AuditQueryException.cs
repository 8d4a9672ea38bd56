namespace AuditLog.PostgreSql;

/// <summary>
/// An <see cref="AuditQuery"/> filter, or a page cursor, breaks a rule. The message names the filter
/// and the rule, never the offending value (it may be sensitive, or hostile).
/// </summary>
public sealed class AuditQueryException : ArgumentException
{
    /// <summary>Creates the exception for one broken rule.</summary>
    /// <param name="filter">The filter: an <see cref="AuditQuery"/> property name, or <c>cursor</c>.</param>
    /// <param name="rule">The rule, phrased to follow the filter name (<c>must be at most 1024 characters</c>…).</param>
    public AuditQueryException(string filter, string rule)
        : base($"Invalid audit query: {filter} {rule}.")
    {
        Filter = filter;
        Rule = rule;
    }

    /// <summary>The filter that breaks the rule.</summary>
    public string Filter { get; }

    /// <summary>The rule it breaks.</summary>
    public string Rule { get; }
}
