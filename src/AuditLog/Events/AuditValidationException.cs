namespace AuditLog;

/// <summary>
/// An audit event, or one of its parts, breaks a rule. The message names the field and the rule,
/// never the offending value (it may be sensitive).
/// </summary>
public sealed class AuditValidationException : Exception
{
    /// <summary>Creates the exception for one broken rule.</summary>
    /// <param name="field">The field, as a path (<c>actor.id</c>, <c>metadata</c>, <c>resource.address</c>…).</param>
    /// <param name="rule">The rule, phrased to follow the field name (<c>is required</c>…).</param>
    public AuditValidationException(string field, string rule)
        : base($"Invalid audit event: {field} {rule}.")
    {
        Field = field;
        Rule = rule;
    }

    /// <summary>The field that breaks the rule.</summary>
    public string Field { get; }

    /// <summary>The rule it breaks.</summary>
    public string Rule { get; }
}
