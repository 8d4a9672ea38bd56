namespace AuditLog.Kafka.Wire;

/// <summary>The record headers of the CloudEvents Kafka protocol binding that audit records use.</summary>
internal static class BindingHeaders
{
    public const string ContentType = "content-type";

    /// <summary>Every CloudEvents attribute header starts with this.</summary>
    public const string AttributePrefix = "ce_";

    public const string SpecVersion = "ce_specversion";

    /// <summary>The content type of a structured-mode record.</summary>
    public const string StructuredContentType = "application/cloudevents+json; charset=UTF-8";

    /// <summary>The media type of a structured-mode record, whatever its parameters.</summary>
    public const string StructuredMediaType = "application/cloudevents+json";

    /// <summary>
    /// The attribute headers of a binary-mode record, in the order they are written: the envelope attributes of the
    /// stored payload (<see cref="CanonicalPayload"/>), then the chain attributes.
    /// </summary>
    public static readonly string[] Attributes =
    [
        SpecVersion, "ce_id", "ce_source", "ce_type", "ce_time",
        .. ChainAttributes.Names.Select(name => AttributePrefix + name),
    ];

    /// <summary>The optional attribute header of the events that have a <c>subject</c> (Confluent's event types).</summary>
    public const string Subject = "ce_subject";

    /// <summary>The number of envelope attributes among <see cref="Attributes"/>.</summary>
    public const int EnvelopeCount = 5;
}
