using AuditLog.AspNetCore.Tests.Support;

namespace AuditLog.AspNetCore.Tests.Api;

/// <summary>Each filter of <c>GET events</c> returns exactly the sample events it means, newest first.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class FilterTests(PostgreSqlFixture postgres)
{
    private static readonly string EndText = SampleEvents.End.ToString("O");

    public static TheoryData<string, string[]> Filters => new()
    {
        { "from", ["from", SampleEvents.Start.AddMinutes(10).ToString("O")] },
        { "to", ["to", SampleEvents.Start.AddMinutes(3).ToString("O")] },
        { "one type", ["type", "Kafka.Topic.Create"] },
        { "two types", ["type", "Kafka.Topic.Delete", "type", "Iam.User.Create"] },
        { "family", ["family", "Legacy"] },
        { "family in any case", ["family", "security"] },
        { "resource type", ["resourceType", "Connector"] },
        { "resource prefix", ["resource", "//kafka/kafkacluster/staging/"] },
        { "actor", ["actor", "bob@example.com"] },
        { "outcome", ["outcome", "Failure"] },
        { "free text", ["q", "payments"] },
        { "combined", ["actor", "alice@example.com", "type", "Kafka.Topic.Create", "resource", "//kafka/kafkacluster/production/"] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task A_filter_returns_exactly_the_events_it_means_newest_first(string name, string[] parameters)
    {
        var app = await postgres.Sample.GetAsync();
        var pairs = parameters.Chunk(2).Select(p => (p[0], p[1])).ToList();
        var bounded = pairs.Any(p => p.Item1 == "to") ? pairs : [.. pairs, ("to", EndText)];

        var page = await app.Client().GetPageAsync([.. bounded, ("pageSize", "1000")]);

        var expected = SampleEvents.NewestFirst.Where(e => pairs.GroupBy(p => p.Item1).All(g => Matches(e, g.Key, g.Select(p => p.Item2).ToArray())));
        page.Ids.Should().Equal(expected.Select(e => e.Id), name);
        page.Ids.Should().NotBeEmpty(name);
    }

    private static bool Matches(AuditEvent e, string parameter, string[] values) => parameter switch
    {
        "from" => e.Time >= DateTimeOffset.Parse(values[0]),
        "to" => e.Time < DateTimeOffset.Parse(values[0]),
        "type" => values.Contains(e.Type.Name),
        "family" => values.Any(v => string.Equals(v, e.Type.Family.ToString(), StringComparison.OrdinalIgnoreCase)),
        "resourceType" => e.Resource.Type.Name == values[0],
        "resource" => e.Resource.Address.StartsWith(values[0], StringComparison.Ordinal),
        "actor" => e.Actor.Id == values[0],
        "outcome" => e.Outcome.Status.ToString() == values[0],
        "q" => e.Metadata.Values.Any(v => v.ToString() == values[0]),
        _ => throw new ArgumentOutOfRangeException(nameof(parameter)),
    };
}
