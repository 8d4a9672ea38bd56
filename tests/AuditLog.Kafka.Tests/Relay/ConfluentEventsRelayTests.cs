using AuditLog.Kafka.Tests.Support;
using AuditLog.Resources;
using AuditLog.TestSupport;
using Confluent.Kafka;

namespace AuditLog.Kafka.Tests.Relay;

/// <summary>Confluent's records travel like every event: logged, stored, published by the relay, read back.</summary>
[Collection(RelayCollection.Name)]
public sealed class ConfluentEventsRelayTests(RelayFixture fixture)
{
    // A record of the type with every part of Confluent's schema set: a dry-run authorization that was denied.
    private static AuditEvent DeniedDryRun(ConfluentEventType type) => type.Record(new ConfluentRecord(
        "crn://confluent.cloud/kafka=lkc-6k8r8q",
        type.Methods.Count > 0 ? type.Methods[0] : "kafka.CreateTopics",
        ConfluentResource.Of(("kafka", "lkc-6k8r8q"), ("topic", "orders")),
        new ConfluentAuthenticationInfo("User:sa-1a2b3c") { PrincipalResourceId = "sa-1a2b3c", Mechanism = "SASL_SSL/PLAIN", Identifier = "MAIDSRFG53RXYTKR" })
    {
        AuthorizationInfo = new ConfluentAuthorizationInfo(false, "Create", "Topic", "orders") { PatternType = "LITERAL", DryRun = true, AclAuthorization = new("DENY", "*") },
        RequestMetadata = new ConfluentRequestMetadata { ClientAddress = "192.0.2.10", RequestId = "req-7", ConnectionId = "conn-7", ClientId = "adminclient-7" },
        Result = new ConfluentResult("PERMISSION_DENIED") { Message = "no ACL allows Create" },
    });

    [Fact]
    public async Task Every_Confluent_type_and_the_documented_example_are_published_and_read_back_as_stored()
    {
        var database = await fixture.NewDatabaseAsync();
        await using var cluster = RelayDeliveryTests.StartCluster();
        var logged = new List<AuditEvent>();
        await using (var host = await KafkaExportHost.StartAsync(database, KafkaExportHost.Variables(cluster)))
        {
            logged.Add(await host.Logger.LogAsync(ConfluentExamples.ConceptsAuthentication()));
            foreach (var type in AuditCatalogue.Family(AuditEventFamily.Confluent).Cast<ConfluentEventType>())
            {
                logged.Add(await host.Logger.LogAsync(DeniedDryRun(type)));
            }

            await DatabaseChains.WaitUntilRelayedAsync(database, TimeSpan.FromMinutes(1));
        }

        var read = new List<AuditTopicEvent>();
        await foreach (var item in new AuditTopicReader(new ClientConfig { BootstrapServers = cluster.BootstrapServers }, KafkaExportHost.Topic).ReadAsync())
        {
            item.Should().BeOfType<AuditTopicEvent>("the topic holds no gap, duplicate or altered record");
            read.Add((AuditTopicEvent)item);
        }

        read.Select(r => r.Event.Id).Should().BeEquivalentTo(logged.Select(e => e.Id));
        foreach (var original in logged)
        {
            var back = read.Single(r => r.Event.Id == original.Id).Event;
            back.Type.Should().Be(original.Type);
            back.Resource.Address.Should().Be(original.Resource.Address);
            back.Actor.Should().Be(original.Actor);
            back.Outcome.Should().Be(original.Outcome);
            AuditCloudEvents(back).Should().Be(AuditCloudEvents(original), "the record carries the event in Confluent's shape, unchanged");
        }

        await RelayDeliveryTests.AssertTopicHoldsDatabaseAsync(database, cluster, expected: logged.Count);
    }

    private static string AuditCloudEvents(AuditEvent auditEvent) => CloudEvents.AuditCloudEventMapper.ToJson(auditEvent);
}
