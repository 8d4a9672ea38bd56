namespace AuditLog.PostgreSql.Schema;

/// <summary>The names of the audit tables and columns, in one place for the writer, readers and verifier.</summary>
internal static class EventsTable
{
    public const string Events = "events";
    public const string ChainHeads = "chain_heads";
    public const string Checkpoints = "checkpoints";
    public const string SchemaVersion = "schema_version";
    public const string RelayCursors = "relay_cursors";
    public const string ImportPositions = "import_positions";

    public const string Id = "id";
    public const string Time = "time";
    public const string EventType = "event_type";
    public const string Family = "family";
    public const string ResourceType = "resource_type";
    public const string ResourceAddress = "resource_address";
    public const string ActorKind = "actor_kind";
    public const string ActorId = "actor_id";
    public const string Outcome = "outcome";
    public const string Payload = "payload";
    public const string Search = "search";
    public const string WriterId = "writer_id";
    public const string Sequence = "sequence";
    public const string PreviousHash = "previous_hash";
    public const string Hash = "hash";
    public const string PurgedBefore = "purged_before";
    public const string Destination = "destination";

    /// <summary>The channel every commit that moves a chain head notifies, with the schema name as payload (migration 2).</summary>
    public const string CommitChannel = "auditlog_commit";

    /// <summary>The setting the retention purge turns on, in its own transaction, to be allowed to delete.</summary>
    public const string PurgeSetting = "auditlog.purge";
}
