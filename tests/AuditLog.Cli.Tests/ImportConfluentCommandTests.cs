using System.Text;
using AuditLog.Cli.Tests.Support;
using AuditLog.CloudEvents;
using AuditLog.Resources;
using AuditLog.Testing;
using Confluent.Kafka;

namespace AuditLog.Cli.Tests;

/// <summary><c>auditlog import-confluent</c> reading Confluent's audit topic on a mock cluster into a real database.</summary>
public sealed class ImportConfluentCommandTests(ServerFixture postgres) : IClassFixture<ServerFixture>, IDisposable
{
    private const string Topic = "confluent-audit-log-events";

    private readonly KafkaMockCluster cluster = CreateCluster();

    private Dictionary<string, string?> Variables => new()
    {
        ["CDK_CLUSTERS_0_ID"] = "confluent-cloud",
        ["CDK_CLUSTERS_0_BOOTSTRAPSERVERS"] = cluster.BootstrapServers,
    };

    [Fact]
    public async Task Imports_the_topic_prints_the_counts_and_a_second_run_imports_nothing()
    {
        var database = await MigratedDatabaseAsync();
        var first = Authentication(1);
        await ProduceAsync(0, AuditCloudEventMapper.ToJson(first));
        await ProduceAsync(1, AuditCloudEventMapper.ToJson(Authentication(2)));
        await ProduceAsync(1, AuditCloudEventMapper.ToJson(first));

        var result = await Import(database);
        var again = await Import(database);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Trim().Should().Be($"Read 3 records from topic {Topic} on cluster confluent-cloud: 2 imported, 1 already present, 0 filtered, 0 skipped as invalid.");
        again.ExitCode.Should().Be(0, again.Error);
        again.Output.Trim().Should().Be($"Read 0 records from topic {Topic} on cluster confluent-cloud: 0 imported, 0 already present, 0 filtered, 0 skipped as invalid.");
    }

    [Fact]
    public async Task Names_a_record_skipped_as_invalid_by_partition_and_offset_and_exits_1()
    {
        var database = await MigratedDatabaseAsync();
        await ProduceAsync(0, AuditCloudEventMapper.ToJson(Authentication(1)));
        await ProduceAsync(0, """{"specversion":"1.0","password":"hunter2""");

        var result = await Import(database);

        result.ExitCode.Should().Be(1, result.Error);
        result.Error.Should().StartWith("Skipped partition 0 offset 1: Invalid CloudEvent").And.NotContain("hunter2");
        result.Output.Should().Contain(": 1 imported, 0 already present, 0 filtered, 1 skipped as invalid.");
    }

    [Fact]
    public async Task Filters_by_category_and_excluded_principal()
    {
        var database = await MigratedDatabaseAsync();
        await ProduceAsync(0, AuditCloudEventMapper.ToJson(Authentication(1)));
        await ProduceAsync(0, AuditCloudEventMapper.ToJson(Authentication(2, "User:sa-monitoring")));

        var result = await Import(database, "--category", "Authentication", "--exclude-principal", "User:sa-monitoring");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain(": 1 imported, 0 already present, 1 filtered, 0 skipped as invalid.");
    }

    [Fact]
    public async Task Exits_2_for_a_cluster_that_is_not_registered()
    {
        var database = await MigratedDatabaseAsync();

        var result = await Tool.RunAsync(Variables, "import-confluent", "--cluster", "elsewhere", "--connection", database);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("auditlog: No cluster elsewhere is registered");
    }

    [Fact]
    public async Task Exits_2_for_a_category_no_Confluent_type_has()
    {
        var database = await MigratedDatabaseAsync();

        var result = await Import(database, "--category", "AUTHORIZE_ALL");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("auditlog: No Confluent event type has the category 'AUTHORIZE_ALL'");
    }

    [Fact]
    public async Task Exits_2_without_a_cluster()
    {
        var result = await Tool.RunAsync(Variables, "import-confluent", "--connection", "Host=localhost;Database=none");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--cluster");
    }

    public void Dispose() => cluster.Dispose();

    private static KafkaMockCluster CreateCluster()
    {
        var created = KafkaMockCluster.Start();
        created.CreateTopic(Topic, partitions: 2, replicationFactor: 1);
        return created;
    }

    private static AuditEvent Authentication(int n, string principal = "User:306343")
    {
        var time = new DateTimeOffset(2026, 11, 2, 9, n, 0, TimeSpan.Zero);
        return AuditEvents.Confluent.Kafka.Authentication.Record(new ConfluentRecord(
            "crn://confluent.cloud/kafka=lkc-6k8r8q",
            "kafka.Authentication",
            ConfluentResource.Of(("kafka", "lkc-6k8r8q")),
            new ConfluentAuthenticationInfo(principal) { Mechanism = "SASL_SSL/PLAIN", Identifier = "MAIDSRFG53RXYTKR" })
        {
            Result = new ConfluentResult(ConfluentResult.Success),
        }) with { Id = Guid.CreateVersion7(time), Time = time };
    }

    private async Task<string> MigratedDatabaseAsync()
    {
        var database = await postgres.NewDatabaseAsync();
        (await Tool.RunAsync("migrate", "--connection", database)).ExitCode.Should().Be(0);
        return database;
    }

    private Task<CliResult> Import(string database, params string[] more) =>
        Tool.RunAsync(Variables, ["import-confluent", "--cluster", "confluent-cloud", "--connection", database, .. more]);

    private async Task ProduceAsync(int partition, string value)
    {
        using var producer = new ProducerBuilder<byte[], byte[]>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build();
        await producer.ProduceAsync(new TopicPartition(Topic, partition), new Message<byte[], byte[]> { Key = [], Value = Encoding.UTF8.GetBytes(value) });
    }
}
