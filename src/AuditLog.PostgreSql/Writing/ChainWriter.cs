namespace AuditLog.PostgreSql.Writing;

/// <summary>One of the sink's writers: its chain id and the last link it knows it committed.</summary>
/// <remarks>Only the pipeline's reader for this writer uses it, one batch at a time, so its chain commits in order.</remarks>
internal sealed class ChainWriter
{
    /// <summary>The chain id this writer's rows carry.</summary>
    public Guid Id { get; } = Guid.CreateVersion7();

    /// <summary>The last committed link, or null after a failed attempt (the commit may have succeeded): reload it from the database.</summary>
    public ChainState? Head { get; set; } = ChainState.Genesis;
}
