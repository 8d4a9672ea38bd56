namespace AuditLog.PostgreSql;

/// <summary>
/// Which audit events to read: every filter that is set must hold (filters combine with AND; the
/// values of one list filter combine with OR). An empty query matches every event.
/// </summary>
/// <remarks>
/// <para>
/// Filters are values, never SQL: each is validated (<see cref="AuditQueryException"/> names the filter
/// and the rule) and sent as a parameter. Strings hold at most <see cref="MaxLength"/> characters, must not
/// be empty (leave a filter null for "any") and must not contain control characters, except that
/// <see cref="Text"/> may contain tabs and line breaks, which separate words like spaces.
/// </para>
/// <para>Times are compared at the stored microsecond precision; a finer fraction is rounded up.</para>
/// </remarks>
public sealed class AuditQuery
{
    /// <summary>The longest string a filter accepts.</summary>
    public const int MaxLength = 1024;

    /// <summary>The earliest event time, inclusive.</summary>
    public DateTimeOffset? From { get; set; }

    /// <summary>The latest event time, exclusive; must be after <see cref="From"/>.</summary>
    public DateTimeOffset? To { get; set; }

    /// <summary>
    /// Event type names of the catalogue (<c>Kafka.Topic.Create</c>, <c>topic.Created</c>…), matched exactly and
    /// case-sensitively; empty for any. A name the catalogue does not hold is refused.
    /// </summary>
    public IList<string> EventTypes { get; init; } = [];

    /// <summary>Catalogue families; empty for any.</summary>
    public IList<AuditEventFamily> Families { get; init; } = [];

    /// <summary>
    /// A resource type name of the catalogue (<c>Topic</c>, <c>Connector</c>…), matched exactly; a name the catalogue
    /// does not hold is refused. Some names serve several families (<c>Topic</c> is exportable and legacy): add
    /// <see cref="Families"/> to keep one.
    /// </summary>
    public string? ResourceType { get; set; }

    /// <summary>
    /// The beginning of the resource address, taken literally (<c>%</c> and <c>_</c> are plain characters),
    /// e.g. <c>//kafka/kafkacluster/production/</c> for every resource of a cluster.
    /// </summary>
    public string? ResourcePrefix { get; set; }

    /// <summary>The actor's id (e-mail, service account id, key id…), matched exactly.</summary>
    public string? Actor { get; set; }

    /// <summary>The outcome.</summary>
    public OutcomeStatus? Outcome { get; set; }

    /// <summary>
    /// Free text, searched as words in the event type, resource address, actor id and the metadata's
    /// string and number values. Web-search syntax: <c>"exact phrase"</c>, <c>or</c>, <c>-excluded</c>;
    /// any text is accepted, and text with no words matches nothing.
    /// </summary>
    public string? Text { get; set; }
}
