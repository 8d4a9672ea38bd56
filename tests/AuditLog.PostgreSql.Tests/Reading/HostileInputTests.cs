using System.Text.RegularExpressions;
using AuditLog.PostgreSql.Tests.Support;
using AuditLog.TestSupport;

namespace AuditLog.PostgreSql.Tests.Reading;

/// <summary>
/// Every text filter, given input crafted to escape quoting, widen a LIKE pattern or break the server:
/// the store either refuses it with <see cref="AuditQueryException"/> or returns only events that truly
/// match — never more — and the table is intact afterwards.
/// </summary>
[Collection(PostgreSqlCollection.Name)]
public sealed partial class HostileInputTests(PostgreSqlFixture postgres)
{
    private static readonly string[] Values = HostileText.Values;

    private static readonly string[] Filters = ["EventTypes", "ResourceType", "ResourcePrefix", "Actor", "Text"];

    public static TheoryData<string, int> Cases()
    {
        var cases = new TheoryData<string, int>();
        foreach (var filter in Filters)
        {
            for (var i = 0; i < Values.Length; i++)
            {
                cases.Add(filter, i);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Hostile_filter_values_are_refused_or_match_only_what_truly_matches(string filter, int value)
    {
        var database = await SharedSampleLog.GetAsync(postgres);
        var hostile = Values[value];
        var query = Query(filter, hostile);

        List<AuditEvent>? events = null;
        try
        {
            events = await database.QueryAsync(query);
        }
        catch (AuditQueryException refused)
        {
            refused.Filter.Should().Be(filter);
        }

        if (events is not null)
        {
            var allowed = SampleLog.Events.Where(e => TrulyMatches(filter, hostile, e)).Select(e => e.Id).ToHashSet();
            events.Select(e => e.Id).Should().BeSubsetOf(allowed);
            if (filter != "Text")
            {
                events.Should().HaveCount(allowed.Count);
            }
        }

        (await database.ScalarAsync<long>("SELECT count(*) FROM auditlog.events")).Should().Be(SampleLog.Events.Count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Hostile_filter_values_never_widen_a_page(string filter, int value)
    {
        var database = await SharedSampleLog.GetAsync(postgres);
        var hostile = Values[value];

        AuditPage? page = null;
        try
        {
            page = await database.Store.GetPageAsync(Query(filter, hostile), PostgreSqlAuditStore.MaxPageSize, cursor: null);
        }
        catch (AuditQueryException)
        {
        }

        (page?.Events ?? []).Where(e => !TrulyMatches(filter, hostile, e)).Should().BeEmpty();
    }

    [Fact]
    public async Task The_prefix_percent_matches_only_addresses_with_a_literal_percent()
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var events = await database.QueryAsync(new AuditQuery { ResourcePrefix = "//kafka/kafkacluster/production/topic/a%" });

        events.Should().ContainSingle().Which.Resource.Address.Should().Be("//kafka/kafkacluster/production/topic/a%25b");
    }

    [Theory]
    [InlineData(long.MinValue)]
    [InlineData(long.MaxValue)]
    public async Task Extreme_times_are_refused_or_read(long which)
    {
        var database = await SharedSampleLog.GetAsync(postgres);
        var extreme = which == long.MinValue ? DateTimeOffset.MinValue : DateTimeOffset.MaxValue;

        var from = await database.QueryAsync(new AuditQuery { From = extreme });
        var to = await database.QueryAsync(new AuditQuery { To = extreme });

        from.Should().HaveCount(which == long.MinValue ? SampleLog.Events.Count : 0);
        to.Should().HaveCount(which == long.MinValue ? 0 : SampleLog.Events.Count);
    }

    private static AuditQuery Query(string filter, string value) => filter switch
    {
        "EventTypes" => new AuditQuery { EventTypes = [value] },
        "ResourceType" => new AuditQuery { ResourceType = value },
        "ResourcePrefix" => new AuditQuery { ResourcePrefix = value },
        "Actor" => new AuditQuery { Actor = value },
        "Text" => new AuditQuery { Text = value },
        _ => throw new ArgumentOutOfRangeException(nameof(filter)),
    };

    // What each filter means, computed here without SQL. For free text, an event may match only if it
    // holds at least one of the query's words (a loose bound: "never more" is what is checked).
    private static bool TrulyMatches(string filter, string value, AuditEvent e) => filter switch
    {
        "EventTypes" => e.Type.Name == value,
        "ResourceType" => e.Resource.Type.Name == value,
        "ResourcePrefix" => e.Resource.Address.StartsWith(value, StringComparison.Ordinal),
        "Actor" => e.Actor.Id == value,
        "Text" => Word().Matches(value).Select(m => m.Value).Any(word => Searchable(e).Contains(word, StringComparison.OrdinalIgnoreCase)),
        _ => false,
    };

    private static string Searchable(AuditEvent e) =>
        string.Join(' ', [e.Type.Name, e.Resource.Address, e.Actor.Id, .. e.Metadata.Values.Select(v => v.ToString())]);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
