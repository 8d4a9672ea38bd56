using AuditLog.Kafka.Tests.Support;
using AuditLog.PostgreSql;
using Microsoft.Extensions.DependencyInjection;

namespace AuditLog.Kafka.Tests.Import;

[Collection(RelayCollection.Name)]
public sealed class ConfluentAuditImporterTests(RelayFixture fixture)
{
    // Not a CloudEvent (cut short); it quotes a secret that must never be echoed back.
    private const string Malformed = """{"specversion":"1.0","id":"0b1c","type":"io.confluent.kafka.server/authentication","data":{"password":"hunter2-secret""";

    [Fact]
    public async Task Stores_every_valid_record_once_whatever_the_order_and_reports_the_malformed_one()
    {
        await using var import = await ConfluentImportHost.StartAsync(fixture);
        var events = Enumerable.Range(1, 5).Select(n => ConfluentRecords.Authentication(n)).ToList();
        // Out of time order across and within partitions, two delivered twice, one malformed record among them.
        await import.WriteAsync(0, events[3]);
        await import.WriteAsync(0, events[0]);
        await import.Writer.WriteAsync(0, Malformed);
        await import.WriteAsync(0, events[4]);
        await import.WriteAsync(1, events[2]);
        await import.WriteAsync(1, events[0]);
        await import.WriteAsync(1, events[1]);
        await import.WriteAsync(1, events[3]);

        var result = await import.ImportAsync();

        result.Should().BeEquivalentTo(new { Read = 8L, Imported = 5L, AlreadyPresent = 2L, Filtered = 0L, Skipped = 1L });
        result.Invalid.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Partition = 0, Offset = 2L });
        result.Invalid[0].Reason.Should().StartWith("Invalid CloudEvent").And.NotContain("hunter2");
        (await import.StoredIdsAsync()).Should().BeEquivalentTo(events.Select(e => e.Id));
        import.Host.Logs.Messages.Should().Contain(m => m.Contains("partition 0 offset 2", StringComparison.Ordinal))
            .And.NotContain(m => m.Contains("hunter2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stores_each_event_as_read_and_chained_like_every_stored_event()
    {
        await using var import = await ConfluentImportHost.StartAsync(fixture);
        var authentication = ConfluentRecords.Authentication(1);
        var creation = ConfluentRecords.TopicCreation(2);
        await import.WriteAsync(0, authentication);
        await import.WriteAsync(1, creation);

        await import.ImportAsync();

        var store = import.Host.Host.Services.GetRequiredService<PostgreSqlAuditStore>();
        var stored = await store.GetAsync(creation.Id);
        stored.Should().NotBeNull();
        AuditLog.CloudEvents.AuditCloudEventMapper.ToJson(stored!).Should().Be(ConfluentRecords.Json(creation));
        var verified = await import.Host.Host.Services.GetRequiredService<AuditIntegrityVerifier>().VerifyAsync();
        verified.IsIntact.Should().BeTrue();
        verified.EventsChecked.Should().Be(2);
    }

    [Fact]
    public async Task A_second_import_reads_on_from_where_the_first_stopped_and_stores_nothing_twice()
    {
        await using var import = await ConfluentImportHost.StartAsync(fixture);
        var first = ConfluentRecords.Authentication(1);
        var second = ConfluentRecords.Authentication(2);
        await import.WriteAsync(0, first);
        await import.WriteAsync(1, second);
        await import.ImportAsync();

        var again = await import.ImportAsync();
        await import.WriteAsync(1, first);
        var third = ConfluentRecords.Authentication(3);
        await import.WriteAsync(0, third);
        var afterMore = await import.ImportAsync();

        again.Should().BeEquivalentTo(new { Read = 0L, Imported = 0L, AlreadyPresent = 0L, Skipped = 0L });
        afterMore.Should().BeEquivalentTo(new { Read = 2L, Imported = 1L, AlreadyPresent = 1L, Skipped = 0L });
        (await import.StoredIdsAsync()).Should().BeEquivalentTo(new[] { first.Id, second.Id, third.Id });
    }

    [Fact]
    public async Task Resumes_an_import_that_stored_events_but_stopped_before_moving_its_position()
    {
        await using var import = await ConfluentImportHost.StartAsync(fixture);
        var events = Enumerable.Range(1, 4).Select(n => ConfluentRecords.TopicCreation(n)).ToList();
        foreach (var (auditEvent, i) in events.Select((e, i) => (e, i)))
        {
            await import.WriteAsync(i % 2, auditEvent);
        }

        // What an import that crashed after its commit but before moving its positions left behind.
        await import.Host.Logger.LogAsync(events[0]);
        await import.Host.Logger.LogAsync(events[3]);

        var result = await import.ImportAsync();

        result.Should().BeEquivalentTo(new { Read = 4L, Imported = 2L, AlreadyPresent = 2L, Skipped = 0L });
        (await import.StoredIdsAsync()).Should().BeEquivalentTo(events.Select(e => e.Id));
    }

    [Fact]
    public async Task Leaves_out_excluded_principals_and_categories_not_asked_for()
    {
        await using var import = await ConfluentImportHost.StartAsync(fixture);
        var kept = ConfluentRecords.Authentication(1, "User:306343");
        var excluded = ConfluentRecords.Authentication(2, "User:sa-monitoring");
        var otherCategory = ConfluentRecords.TopicCreation(3, "User:306343");
        await import.WriteAsync(0, kept);
        await import.WriteAsync(0, excluded);
        await import.WriteAsync(1, otherCategory);

        var result = await import.ImportAsync(o => o with { Categories = ["authentication"], ExcludedPrincipals = ["User:sa-monitoring"] });

        result.Should().BeEquivalentTo(new { Read = 3L, Imported = 1L, Filtered = 2L, Skipped = 0L });
        (await import.StoredIdsAsync()).Should().Equal(kept.Id);
    }

    [Fact]
    public async Task Reports_a_CloudEvent_of_another_family_as_not_a_Confluent_audit_record()
    {
        await using var import = await ConfluentImportHost.StartAsync(fixture);
        var conduktor = AuditEvents.Kafka.Topic.Create.For(new Resources.KafkaTopic("production", "orders"), AuditActor.User("alice@example.com")) with
        {
            Id = Guid.CreateVersion7(),
            Time = DateTimeOffset.UtcNow,
        };
        await import.Writer.WriteAsync(1, AuditLog.CloudEvents.AuditCloudEventMapper.ToJson(conduktor));

        var result = await import.ImportAsync();

        result.Invalid.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Partition = 1, Offset = 0L });
        result.Invalid[0].Reason.Should().Contain("not one of Confluent's audit event types");
        (await import.StoredIdsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Refuses_a_category_no_Confluent_type_has_before_reading()
    {
        await using var import = await ConfluentImportHost.StartAsync(fixture);

        var act = () => import.ImportAsync(o => o with { Categories = ["AUTHORIZE_EVERYTHING"] });

        (await act.Should().ThrowAsync<ArgumentException>()).WithMessage("*AUTHORIZE_EVERYTHING*Authentication*");
    }
}
