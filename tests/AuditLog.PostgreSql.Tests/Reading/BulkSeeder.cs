using AuditLog.CloudEvents;
using AuditLog.PostgreSql.Tests.Support;
using AuditLog.PostgreSql.Writing;
using AuditLog.Resources;
using Npgsql;

namespace AuditLog.PostgreSql.Tests.Reading;

/// <summary>
/// Seeds many rows fast with INSERT … SELECT over generate_series: row n (1-based) is a real event's
/// CloudEvent JSON with its id and time substituted, so every row reads back. Ids rise with n, as UUID v7
/// do, and seven rows share each millisecond, so ties on time are broken by id: newest first is n descending.
/// Hashes are dummies; these rows are for reading and export, not integrity.
/// </summary>
public static class BulkSeeder
{
    public static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Guid TemplateId = Guid.Parse("00000000-0000-7000-8000-000000000000");

    public static Guid IdOf(long n) => Guid.Parse($"01900000-0000-7000-8000-{n:x12}");

    /// <summary>Inserts rows 1 to <paramref name="count"/>, in <paramref name="statements"/> concurrent statements.</summary>
    public static async Task SeedAsync(string connectionString, int count, int statements = 1)
    {
        // A throwaway database needs no write-ahead log: unlogged, the insert writes half as much. Reads are the same.
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var unlogged = new NpgsqlCommand("ALTER TABLE auditlog.events SET UNLOGGED", connection);
            await unlogged.ExecuteNonQueryAsync();
        }

        var share = (count + statements - 1) / statements;
        var inserted = await Task.WhenAll(Enumerable.Range(0, statements)
            .Select(i => InsertAsync(connectionString, (i * share) + 1, Math.Min(count, (i + 1) * share))));
        inserted.Sum().Should().Be(count);
    }

    private static async Task<int> InsertAsync(string connectionString, int first, int last)
    {
        var template = EventSeeder.Enriched(
            AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "website-orders"), AuditActor.User("alice@example.com", "Smith, Alice"))
                .WithMetadata("team", "payments, \"core\"")
                .WithMetadata("partitions", 12)
            with
            {
                Client = new AuditClient("192.0.2.10", "console/1.27"),
                CorrelationId = "req-42",
            },
            Start) with { Id = TemplateId };
        var row = EventRow.From(template);
        var templateTime = AuditCloudEventMapper.ToJson(template).Split("\"time\":\"")[1][..27];

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand(
            EventValues.InsertSelect("auditlog.events", new Dictionary<string, string>
            {
                ["id"] = "g.id",
                ["time"] = "g.time",
                ["event_type"] = "$1",
                ["family"] = "$2",
                ["resource_type"] = "$3",
                ["resource_address"] = "$4",
                ["actor_kind"] = "$5",
                ["actor_id"] = "$6",
                ["outcome"] = "$7",
                ["payload"] = """replace(replace($8, $9, g.id::text), $10, to_char(g.time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))""",
                ["writer_id"] = "$11",
                ["sequence"] = "g.n",
                ["previous_hash"] = @"'\x00'::bytea",
                ["hash"] = @"'\x00'::bytea",
            }) +
            """

            FROM (SELECT n,
                         ('01900000-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid AS id,
                         $12::timestamptz + (n / 7) * interval '1 millisecond' AS time
                  FROM generate_series($13::bigint, $14::bigint) AS n) AS g
            """,
            connection)
        { CommandTimeout = 0 };
        foreach (var value in new object[]
        {
            row.EventType, row.Family, row.ResourceType, row.ResourceAddress, row.ActorKind, row.ActorId, row.Outcome, row.Payload,
            TemplateId.ToString("D"), templateTime, Guid.CreateVersion7(), Start, (long)first, (long)last,
        })
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return await insert.ExecuteNonQueryAsync();
    }
}
