using AuditLog.Integrity;
using AuditLog.PostgreSql.Integrity;
using Dapper;
using Npgsql;

namespace AuditLog.PostgreSql.Tests.Support;

/// <summary>One row of the events table, as far as its chain is concerned.</summary>
public sealed record StoredRow(Guid Id, string ResourceAddress, Guid WriterId, long Sequence, byte[] PreviousHash, byte[] Hash, string Payload);

/// <summary>
/// A snapshot of the events table and the chain heads, with a chain check that recomputes every hash
/// with <see cref="ChainHasher"/> (independent of the library's own verifier).
/// </summary>
public sealed class StoredEvents
{
    private const int MaxProblems = 10;

    private StoredEvents(List<StoredRow> rows, Dictionary<Guid, (long Sequence, byte[] Hash)> heads)
    {
        Rows = rows;
        Heads = heads;
        Chains = rows.GroupBy(r => r.WriterId).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>Every row, ordered by writer and sequence.</summary>
    public IReadOnlyList<StoredRow> Rows { get; }

    /// <summary>Each writer's chain head.</summary>
    public IReadOnlyDictionary<Guid, (long Sequence, byte[] Hash)> Heads { get; }

    /// <summary>The rows of each writer's chain.</summary>
    public IReadOnlyDictionary<Guid, StoredRow[]> Chains { get; }

    public static async Task<StoredEvents> ReadAsync(string connectionString, string schema = "auditlog")
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var rows = await connection.QueryAsync<StoredRow>(
            $"""
            SELECT id AS Id, resource_address AS ResourceAddress, writer_id AS WriterId, sequence AS Sequence,
                   previous_hash AS PreviousHash, hash AS Hash, payload AS Payload
            FROM {schema}.events ORDER BY writer_id, sequence
            """);
        var heads = await connection.QueryAsync<(Guid WriterId, long Sequence, byte[] Hash)>($"SELECT writer_id, sequence, hash FROM {schema}.chain_heads");
        return new StoredEvents(rows.AsList(), heads.ToDictionary(h => h.WriterId, h => (h.Sequence, h.Hash)));
    }

    /// <summary>
    /// What is wrong with the chains (empty when every chain verifies): each writer's sequences run
    /// 1..N without gaps, each row links to the previous hash, each hash recomputes, and the chain head
    /// names the last row. At most ten problems are listed.
    /// </summary>
    public IReadOnlyList<string> ChainProblems(string? integrityKey = null)
    {
        var hasher = new ChainHasher(integrityKey);
        var problems = new List<string>();
        foreach (var (writer, chain) in Chains)
        {
            var previous = ChainHasher.Genesis.ToArray();
            for (var i = 0; i < chain.Length && problems.Count < MaxProblems; i++)
            {
                var row = chain[i];
                if (row.Sequence != i + 1)
                {
                    problems.Add($"writer {writer}: row {row.Id} has sequence {row.Sequence}, expected {i + 1}");
                }

                if (!row.PreviousHash.AsSpan().SequenceEqual(previous))
                {
                    problems.Add($"writer {writer}: row {row.Id} (sequence {row.Sequence}) does not link to the previous hash");
                }

                if (!row.Hash.AsSpan().SequenceEqual(hasher.Hash(row.PreviousHash, writer, row.Sequence, row.Payload)))
                {
                    problems.Add($"writer {writer}: row {row.Id} (sequence {row.Sequence}) has a hash that does not recompute");
                }

                previous = row.Hash;
            }

            if (!Heads.TryGetValue(writer, out var head))
            {
                problems.Add($"writer {writer}: no chain head");
            }
            else if (head.Sequence != chain[^1].Sequence || !head.Hash.AsSpan().SequenceEqual(chain[^1].Hash))
            {
                problems.Add($"writer {writer}: chain head at sequence {head.Sequence}, last row at {chain[^1].Sequence}");
            }
        }

        foreach (var (writer, head) in Heads.Where(h => !Chains.ContainsKey(h.Key)))
        {
            problems.Add($"writer {writer}: chain head at sequence {head.Sequence} but no rows");
        }

        return problems.Take(MaxProblems).ToArray();
    }
}
