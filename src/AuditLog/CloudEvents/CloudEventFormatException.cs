namespace AuditLog.CloudEvents;

/// <summary>
/// A CloudEvent read from the wire breaks a rule of the CloudEvents 1.0 JSON format, or of the
/// audit event shape carried in its <c>data</c>. The message names the attribute (or data member)
/// and the rule, never the offending value: it may be sensitive, and it may be huge.
/// </summary>
public sealed class CloudEventFormatException : FormatException
{
    /// <summary>Creates the exception for one broken rule.</summary>
    /// <param name="attribute">
    /// The attribute or member, as a path (<c>specversion</c>, <c>data.actor.kind</c>…);
    /// <see langword="null"/> when the problem is with the document as a whole.
    /// </param>
    /// <param name="rule">The rule, phrased to follow the attribute name (<c>is required</c>…).</param>
    public CloudEventFormatException(string? attribute, string rule)
        : base(attribute is null ? $"Invalid CloudEvent: {rule}." : $"Invalid CloudEvent: '{attribute}' {rule}.")
    {
        ArgumentException.ThrowIfNullOrEmpty(rule);
        Attribute = attribute;
        Rule = rule;
    }

    /// <summary>The attribute or member that breaks the rule; <see langword="null"/> for the document as a whole.</summary>
    public string? Attribute { get; }

    /// <summary>The rule it breaks.</summary>
    public string Rule { get; }
}
