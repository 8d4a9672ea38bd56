namespace AuditLog.Kafka.Relay;

/// <summary>The (writer, sequence) pairs known to be on the topic past the relay's cursors.</summary>
internal sealed class PublishedLinks
{
    private readonly HashSet<(Guid Writer, long Sequence)> links = [];

    public int Count => links.Count;

    public void Add(AuditChainLink link) => links.Add((link.Writer, link.Sequence));

    public void Add(Guid writer, long sequence) => links.Add((writer, sequence));

    public bool Contains(Guid writer, long sequence) => links.Contains((writer, sequence));

    /// <summary>
    /// Moves each cursor over the sequences that follow it on the topic without a gap, and forgets links the cursors
    /// passed. Returns the cursors that moved.
    /// </summary>
    public Dictionary<Guid, long> Advance(IDictionary<Guid, long> cursors)
    {
        var moved = new Dictionary<Guid, long>();
        foreach (var writer in links.Select(l => l.Writer).Distinct().ToList())
        {
            var cursor = cursors.TryGetValue(writer, out var known) ? known : 0;
            var start = cursor;
            while (links.Contains((writer, cursor + 1)))
            {
                cursor++;
            }

            if (cursor != start)
            {
                cursors[writer] = cursor;
                moved[writer] = cursor;
            }
        }

        links.RemoveWhere(l => cursors.TryGetValue(l.Writer, out var c) && l.Sequence <= c);
        return moved;
    }
}
