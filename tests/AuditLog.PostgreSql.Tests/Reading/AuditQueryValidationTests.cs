using AuditLog.PostgreSql.Tests.Support;

namespace AuditLog.PostgreSql.Tests.Reading;

[Collection(PostgreSqlCollection.Name)]
public sealed class AuditQueryValidationTests(PostgreSqlFixture postgres)
{
    public static TheoryData<string, AuditQuery> InvalidQueries => new()
    {
        { "EventTypes", new AuditQuery { EventTypes = ["Kafka.Topic.Create", "Kafka.Topic.Explode"] } },
        { "EventTypes", new AuditQuery { EventTypes = ["kafka.topic.create"] } },
        { "Families", new AuditQuery { Families = [(AuditEventFamily)42] } },
        { "To", new AuditQuery { From = SampleLog.Start, To = SampleLog.Start } },
        { "To", new AuditQuery { From = SampleLog.Start, To = SampleLog.Start.AddDays(-1) } },
        { "ResourceType", new AuditQuery { ResourceType = "Topics" } },
        { "ResourcePrefix", new AuditQuery { ResourcePrefix = new string('/', AuditQuery.MaxLength + 1) } },
        { "ResourcePrefix", new AuditQuery { ResourcePrefix = string.Empty } },
        { "Actor", new AuditQuery { Actor = "alice\u0001@example.com" } },
        { "Actor", new AuditQuery { Actor = "alice\t@example.com" } },
        { "Actor", new AuditQuery { Actor = "\uD800" } },
        { "Outcome", new AuditQuery { Outcome = (OutcomeStatus)7 } },
        { "Text", new AuditQuery { Text = "a\0b" } },
        { "Text", new AuditQuery { Text = new string('x', AuditQuery.MaxLength + 1) } },
    };

    [Theory]
    [MemberData(nameof(InvalidQueries))]
    public async Task A_query_breaking_a_rule_is_refused_naming_the_filter(string filter, AuditQuery query)
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var act = () => database.Store.QueryAsync(query);

        act.Should().Throw<AuditQueryException>().Which.Filter.Should().Be(filter);
    }

    [Theory]
    [MemberData(nameof(InvalidQueries))]
    public async Task Every_read_validates_the_query(string filter, AuditQuery query)
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var page = () => database.Store.GetPageAsync(query, 10, cursor: null);
        var export = () => database.Store.ExportAsync(query, AuditExportFormat.Json, Stream.Null);

        (await page.Should().ThrowAsync<AuditQueryException>()).Which.Filter.Should().Be(filter);
        (await export.Should().ThrowAsync<AuditQueryException>()).Which.Filter.Should().Be(filter);
    }

    [Fact]
    public void The_message_names_the_filter_and_the_rule_but_never_the_value()
    {
        var secret = "s3cr3t-token-" + new string('z', 2000);

        var act = () => Validate(new AuditQuery { Actor = secret });

        var exception = act.Should().Throw<AuditQueryException>().Which;
        exception.Message.Should().Be("Invalid audit query: Actor must be at most 1024 characters.");
        exception.Rule.Should().Be("must be at most 1024 characters");
        exception.Message.Should().NotContain("s3cr3t");
    }

    [Fact]
    public void An_unknown_event_type_is_named_by_position_not_by_value()
    {
        var act = () => Validate(new AuditQuery { EventTypes = ["Kafka.Topic.Create", "'; DROP TABLE x; --"] });

        act.Should().Throw<AuditQueryException>().Which.Message.Should()
            .Be("Invalid audit query: EventTypes must hold only event type names of the catalogue (entry 1 is not one).");
    }

    [Fact]
    public void A_query_error_is_an_argument_error()
    {
        var act = () => Validate(new AuditQuery { ResourceType = "Nope" });

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_string_of_the_maximum_length_is_accepted()
    {
        var act = () => Validate(new AuditQuery { ResourcePrefix = new string('/', AuditQuery.MaxLength) });

        act.Should().NotThrow();
    }

    [Fact]
    public void The_query_is_validated_when_QueryAsync_is_called_not_when_enumerated()
    {
        var store = new PostgreSqlAuditStore(null!);

        var act = () => store.QueryAsync(new AuditQuery { Actor = string.Empty });

        act.Should().Throw<AuditQueryException>();
    }

    [Fact]
    public async Task Changing_the_query_after_the_call_does_not_change_the_results()
    {
        var database = await SharedSampleLog.GetAsync(postgres);
        var query = new AuditQuery { Actor = "bob@example.com" };

        var results = database.Store.QueryAsync(query);
        query.Actor = "alice@example.com";
        var events = new List<AuditEvent>();
        await foreach (var auditEvent in results)
        {
            events.Add(auditEvent);
        }

        events.Should().OnlyContain(e => e.Actor.Id == "bob@example.com").And.HaveCount(3);
    }

    private static string Validate(AuditQuery query) => PostgreSql.Reading.QueryFilter.Validate(query).ToString();
}
