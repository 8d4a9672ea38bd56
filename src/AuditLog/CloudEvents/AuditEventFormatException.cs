namespace AuditLog.CloudEvents;

/// <summary>
/// An audit event could not be read: its CloudEvent (JSON text or bytes, or a
/// <see cref="CloudNative.CloudEvents.CloudEvent"/>) breaks a rule of CloudEvents 1.0 or of its JSON
/// event format, or its <c>data</c> is not an audit event of the catalogue. The message names the
/// attribute (or data member) and the rule, never the offending value: it may be sensitive, and it
/// may be huge.
/// </summary>
/// <remarks>
/// Thrown by <see cref="AuditCloudEventMapper.FromJson(string)"/>,
/// <see cref="AuditCloudEventMapper.FromJson(ReadOnlySpan{byte})"/> and
/// <see cref="AuditCloudEventMapper.FromCloudEvent"/>. It is a <see cref="FormatException"/>, so
/// callers that already catch those keep working.
/// </remarks>
public sealed class AuditEventFormatException : FormatException
{
    /// <summary>Creates the exception for one broken rule.</summary>
    /// <param name="attribute">
    /// The attribute or member, as a path (<c>specversion</c>, <c>data.actor.kind</c>…);
    /// <see langword="null"/> when the problem is with the document as a whole.
    /// </param>
    /// <param name="rule">The rule, phrased to follow the attribute name (<c>is required</c>…).</param>
    public AuditEventFormatException(string? attribute, string rule)
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
