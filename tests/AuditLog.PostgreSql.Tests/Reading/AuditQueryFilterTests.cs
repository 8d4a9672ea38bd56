using AuditLog.PostgreSql.Tests.Support;

namespace AuditLog.PostgreSql.Tests.Reading;

[Collection(PostgreSqlCollection.Name)]
public sealed class AuditQueryFilterTests(PostgreSqlFixture postgres)
{
    private static readonly IReadOnlyList<AuditEvent> Log = SampleLog.Events;

    [Fact]
    public async Task An_empty_query_returns_every_event_newest_first()
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var events = await database.QueryAsync(new AuditQuery());

        Ids(events).Should().Equal(Expected(Enumerable.Range(0, Log.Count)));
    }

    [Fact]
    public async Task From_is_inclusive()
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var events = await database.QueryAsync(new AuditQuery { From = Log[10].Time });

        Ids(events).Should().Equal(Expected(10, 11, 12, 13));
    }

    [Fact]
    public async Task To_is_exclusive()
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var events = await database.QueryAsync(new AuditQuery { To = Log[3].Time });

        Ids(events).Should().Equal(Expected(0, 1, 2));
    }

    [Fact]
    public async Task From_and_To_bound_a_range()
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var events = await database.QueryAsync(new AuditQuery { From = Log[2].Time, To = Log[5].Time });

        Ids(events).Should().Equal(Expected(2, 3, 4));
    }

    [Fact]
    public async Task Bounds_in_another_offset_mean_the_same_instant()
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var events = await database.QueryAsync(new AuditQuery { From = Log[2].Time.ToOffset(TimeSpan.FromHours(2)), To = Log[5].Time.ToOffset(TimeSpan.FromHours(-7)) });

        Ids(events).Should().Equal(Expected(2, 3, 4));
    }

    [Fact]
    public async Task Bounds_finer_than_a_microsecond_round_up()
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var events = await database.QueryAsync(new AuditQuery { From = Log[2].Time.AddTicks(1), To = Log[4].Time.AddTicks(1) });

        Ids(events).Should().Equal(Expected(3, 4));
    }

    [Fact]
    public async Task Event_types_match_exactly_any_of_the_names()
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var events = await database.QueryAsync(new AuditQuery { EventTypes = ["Kafka.Topic.Delete", "user.Login"] });

        Ids(events).Should().Equal(Expected(1, 5));
    }

    [Fact]
    public async Task Families_match_any_of_the_families()
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var events = await database.QueryAsync(new AuditQuery { Families = [AuditEventFamily.Legacy, AuditEventFamily.Security] });

        Ids(events).Should().Equal(Expected(4, 5, 6, 7));
    }

    [Fact]
    public async Task Resource_type_matches_its_name_in_every_family()
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var events = await database.QueryAsync(new AuditQuery { ResourceType = "Topic" });

        Ids(events).Should().Equal(Expected(0, 1, 2, 4, 9, 10, 11, 12, 13));
    }

    [Fact]
    public async Task Resource_prefix_matches_addresses_that_start_with_it()
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var events = await database.QueryAsync(new AuditQuery { ResourcePrefix = "//kafka/kafkacluster/production/" });

        Ids(events).Should().Equal(Expected(0, 1, 3, 9, 10, 11, 12, 13));
    }

    [Theory]
    [InlineData("a_", 10)]
    [InlineData("a%", 9)]
    [InlineData(@"a\", 12)]
    public async Task Resource_prefix_takes_like_wildcards_literally(string topicStart, int only)
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var events = await database.QueryAsync(new AuditQuery { ResourcePrefix = SampleLog.TopicAddress("production", topicStart) });

        Ids(events).Should().Equal(Expected(only));
    }

    [Fact]
    public async Task Actor_matches_the_actor_id_exactly()
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var events = await database.QueryAsync(new AuditQuery { Actor = "bob@example.com" });

        Ids(events).Should().Equal(Expected(1, 5, 6));
    }

    [Fact]
    public async Task Actor_is_not_a_prefix_or_case_insensitive_match()
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var events = await database.QueryAsync(new AuditQuery { Actor = "BOB@example" });

        events.Should().BeEmpty();
    }

    [Theory]
    [InlineData(OutcomeStatus.Denied, new[] { 6 })]
    [InlineData(OutcomeStatus.Failure, new[] { 1, 7 })]
    public async Task Outcome_matches_the_status(OutcomeStatus outcome, int[] expected)
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var events = await database.QueryAsync(new AuditQuery { Outcome = outcome });

        Ids(events).Should().Equal(Expected(expected));
    }

    [Fact]
    public async Task Text_finds_a_metadata_string_value()
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var events = await database.QueryAsync(new AuditQuery { Text = "payments" });

        Ids(events).Should().Equal(Expected(0));
    }

    [Fact]
    public async Task Text_finds_a_metadata_number_value()
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var events = await database.QueryAsync(new AuditQuery { Text = "604800" });

        Ids(events).Should().Equal(Expected(13));
    }

    [Fact]
    public async Task Text_finds_a_resource_name_in_the_metadata()
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var events = await database.QueryAsync(new AuditQuery { Text = "jdbc-sink" });

        Ids(events).Should().Equal(Expected(3));
    }

    [Fact]
    public async Task Text_finds_words_of_the_actor_and_the_event_type()
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var byActor = await database.QueryAsync(new AuditQuery { Text = "mallory@example.com" });
        var byType = await database.QueryAsync(new AuditQuery { Text = "user.Login" });

        Ids(byActor).Should().Equal(Expected(7));
        Ids(byType).Should().Equal(Expected(5));
    }

    [Fact]
    public async Task Text_understands_web_search_syntax()
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var events = await database.QueryAsync(new AuditQuery { Text = "website -clicks" });

        Ids(events).Should().Equal(Expected(0, 4, 13));
    }

    [Fact]
    public async Task Text_may_hold_tabs_and_line_breaks()
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var events = await database.QueryAsync(new AuditQuery { Text = "orders\tstaging\r\n" });

        Ids(events).Should().Equal(Expected(2));
    }

    [Fact]
    public async Task Filters_combine_with_and()
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var events = await database.QueryAsync(new AuditQuery
        {
            From = Log[1].Time,
            To = Log[13].Time,
            EventTypes = ["Kafka.Topic.Create", "Kafka.Topic.Update", "topic.Created"],
            Families = [AuditEventFamily.Exportable],
            ResourceType = "Topic",
            ResourcePrefix = "//kafka/kafkacluster/",
            Actor = "sa-etl",
            Outcome = OutcomeStatus.Success,
            Text = "production",
        });

        Ids(events).Should().Equal(Expected(9, 10, 11, 12));
    }

    [Fact]
    public async Task A_query_with_no_match_returns_nothing()
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var events = await database.QueryAsync(new AuditQuery { Actor = "alice@example.com", Outcome = OutcomeStatus.Denied });

        events.Should().BeEmpty();
    }

    [Fact]
    public async Task Events_come_back_whole()
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var events = await database.QueryAsync(new AuditQuery());

        events.Select(CloudEvents.AuditCloudEventMapper.ToJson).Should().Equal(Log.Reverse().Select(CloudEvents.AuditCloudEventMapper.ToJson));
    }

    private static IEnumerable<Guid> Ids(IEnumerable<AuditEvent> events) => events.Select(e => e.Id);

    // The ids of the sample events at these indexes, newest first.
    private static IEnumerable<Guid> Expected(params IEnumerable<int> indexes) => indexes.OrderDescending().Select(i => Log[i].Id);
}
