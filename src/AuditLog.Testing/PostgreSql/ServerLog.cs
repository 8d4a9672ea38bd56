namespace AuditLog.Testing.PostgreSql;

/// <summary>The last lines a server process wrote, kept to explain a failed start.</summary>
internal sealed class ServerLog(int capacity)
{
    private readonly Queue<string> lines = new();
    private readonly Lock gate = new();

    /// <summary>Records a line (called from the process's output events, hence the lock).</summary>
    internal void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (gate)
        {
            if (lines.Count == capacity)
            {
                lines.Dequeue();
            }

            lines.Enqueue(line);
        }
    }

    /// <summary>The recorded lines, oldest first.</summary>
    internal string Tail()
    {
        lock (gate)
        {
            return lines.Count == 0 ? "(the server wrote nothing)" : string.Join(Environment.NewLine, lines);
        }
    }
}
