using AuditLog.Integrity;
using AuditLog.PostgreSql.Integrity;
using AuditLog.PostgreSql.Tests.Support;
using AuditLog.Resources;
using Dapper;
using Npgsql;

namespace AuditLog.PostgreSql.Tests.Writing;

[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlSinkTests(PostgreSqlFixture postgres)
{
    private static readonly AuditActor Alice = AuditActor.User("alice@example.com");

    [Fact]
    public async Task LogAsync_returns_once_the_event_is_committed()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        await using var audit = await AuditLogServices.StartAsync(connectionString);

        var recorded = await audit.Logger.LogAsync(TopicCreated("orders"));

        var row = await SingleRowAsync(connectionString, recorded.Id);
        row["event_type"].Should().Be("Kafka.Topic.Create");
        row["resource_address"].Should().Be("//kafka/kafkacluster/production/topic/orders");
        row["actor_id"].Should().Be("alice@example.com");
        row["outcome"].Should().Be("success");
        row["family"].Should().Be("exportable");
        row["sequence"].Should().Be(1L);
    }

    [Fact]
    public async Task The_stored_payload_is_the_CloudEvent_of_the_recorded_event()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        await using var audit = await AuditLogServices.StartAsync(connectionString);

        var recorded = await audit.Logger.LogAsync(TopicCreated("orders").WithMetadata("partitions", 6));

        var row = await SingleRowAsync(connectionString, recorded.Id);
        CloudEvents.AuditCloudEventMapper.FromJson((string)row["payload"]).Should().BeEquivalentTo(recorded, o => o.ComparingByMembers<AuditEvent>().Excluding(e => e.Metadata));
        ((string)row["payload"]).Should().Be(CloudEvents.AuditCloudEventMapper.ToJson(recorded));
    }

    [Fact]
    public async Task Concurrent_callers_are_group_committed_into_one_unbroken_chain()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        await using var audit = await AuditLogServices.StartAsync(connectionString);

        var recorded = await Task.WhenAll(Enumerable.Range(0, 2000).Select(i => Task.Run(() => audit.Logger.LogAsync(TopicCreated($"topic-{i}")))));

        var stored = await StoredEvents.ReadAsync(connectionString);
        stored.Rows.Select(r => r.Id).Order().Should().Equal(recorded.Select(e => e.Id).Order());
        stored.Rows.Select(r => r.Sequence).Should().Equal(Enumerable.Range(1, 2000).Select(i => (long)i));
        stored.ChainProblems().Should().BeEmpty();
        stored.Heads[stored.Rows[0].WriterId].Sequence.Should().Be(2000);
    }

    [Fact]
    public async Task Each_writer_instance_keeps_its_own_chain()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        await using var first = await AuditLogServices.StartAsync(connectionString);
        await using var second = await AuditLogServices.StartAsync(connectionString);

        await Task.WhenAll(
            Task.WhenAll(Enumerable.Range(0, 100).Select(i => first.Logger.LogAsync(TopicCreated($"a-{i}")))),
            Task.WhenAll(Enumerable.Range(0, 100).Select(i => second.Logger.LogAsync(TopicCreated($"b-{i}")))));

        var chains = (await StoredEvents.ReadAsync(connectionString)).Chains.Values;
        chains.Should().HaveCount(2);
        chains.Should().OnlyContain(c => c.Select(r => r.Sequence).SequenceEqual(Enumerable.Range(1, 100).Select(i => (long)i)));
    }

    [Fact]
    public async Task A_keyed_chain_uses_hmac()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        await using var audit = await AuditLogServices.StartAsync(connectionString, o => o.IntegrityKey = "k3y");

        await audit.Logger.LogAsync(TopicCreated("orders"));

        var row = (await StoredEvents.ReadAsync(connectionString)).Rows.Single();
        row.Hash.Should().Equal(new ChainHasher("k3y").Hash(ChainHasher.Genesis.Span, row.WriterId, 1, row.Payload));
        row.Hash.Should().NotEqual(new ChainHasher(null).Hash(ChainHasher.Genesis.Span, row.WriterId, 1, row.Payload));
    }

    [Fact]
    public async Task A_write_that_fails_is_retried_without_duplicates_or_a_forked_chain()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        await using var audit = await AuditLogServices.StartAsync(connectionString);
        await audit.Logger.LogAsync(TopicCreated("first"));
        // Every pooled connection of the sink is killed: its next write fails once, then is retried.
        await Sql.ExecuteAsync(connectionString, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");

        var second = await audit.Logger.LogAsync(TopicCreated("second"));

        var chain = (await StoredEvents.ReadAsync(connectionString)).Rows;
        chain.Select(r => r.Sequence).Should().Equal(1L, 2L);
        chain[1].Id.Should().Be(second.Id);
    }

    [Fact]
    public async Task The_schema_is_created_at_start_up()
    {
        var connectionString = await postgres.NewDatabaseAsync();

        await using var audit = await AuditLogServices.StartAsync(connectionString);

        (await Sql.ScalarAsync<bool>(connectionString, "SELECT to_regclass('auditlog.events') IS NOT NULL")).Should().BeTrue();
    }

    private static AuditEvent TopicCreated(string topic) => AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", topic), Alice);

    // Dapper's untyped row is a dictionary of column name to value.
    private static async Task<IDictionary<string, object>> SingleRowAsync(string connectionString, Guid id)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return (IDictionary<string, object>)await connection.QuerySingleAsync("SELECT * FROM auditlog.events WHERE id = @id", new { id });
    }
}
