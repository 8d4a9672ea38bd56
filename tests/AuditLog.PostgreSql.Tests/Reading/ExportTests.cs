using System.Text;
using AuditLog.CloudEvents;
using AuditLog.PostgreSql.Tests.Support;

namespace AuditLog.PostgreSql.Tests.Reading;

[Collection(PostgreSqlCollection.Name)]
public sealed class ExportTests(PostgreSqlFixture postgres)
{
    [Fact]
    public async Task Json_export_writes_one_cloud_event_per_line_that_reads_back_to_the_same_event()
    {
        var database = await SharedSampleLog.GetAsync(postgres);
        using var output = new MemoryStream();

        var count = await database.Store.ExportAsync(new AuditQuery(), AuditExportFormat.Json, output);

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n');
        lines[^1].Should().BeEmpty("every line ends with a line feed");
        count.Should().Be(SampleLog.Events.Count);
        lines[..^1].Select(line => AuditCloudEventMapper.ToJson(AuditCloudEventMapper.FromJson(line)))
            .Should().Equal(SampleLog.Events.Reverse().Select(AuditCloudEventMapper.ToJson));
    }

    [Fact]
    public async Task Json_export_lines_are_the_stored_cloud_events_byte_for_byte()
    {
        var database = await SharedSampleLog.GetAsync(postgres);
        using var output = new MemoryStream();

        await database.Store.ExportAsync(new AuditQuery { Actor = "bob@example.com" }, AuditExportFormat.Json, output);

        Encoding.UTF8.GetString(output.ToArray()).Should().Be(
            string.Concat(SampleLog.Events.Where(e => e.Actor.Id == "bob@example.com").Reverse().Select(e => AuditCloudEventMapper.ToJson(e) + "\n")));
    }

    [Fact]
    public async Task Csv_export_writes_the_header_then_one_row_per_event_newest_first()
    {
        var database = await SharedSampleLog.GetAsync(postgres);
        using var output = new MemoryStream();

        var count = await database.Store.ExportAsync(new AuditQuery(), AuditExportFormat.Csv, output);

        var records = Rfc4180.Parse(Encoding.UTF8.GetString(output.ToArray()));
        count.Should().Be(SampleLog.Events.Count);
        records[0][0].Should().Be("id");
        records.Should().OnlyContain(r => r.Count == 16);
        records.Skip(1).Select(r => Guid.Parse(r[0])).Should().Equal(SampleLog.Events.Reverse().Select(e => e.Id));
    }

    [Fact]
    public async Task Csv_export_rows_carry_the_event_parts()
    {
        var database = await SharedSampleLog.GetAsync(postgres);
        using var output = new MemoryStream();

        await database.Store.ExportAsync(new AuditQuery { EventTypes = ["user.Login"] }, AuditExportFormat.Csv, output);

        var row = Rfc4180.Parse(Encoding.UTF8.GetString(output.ToArray()))[1];
        var login = SampleLog.Events[5];
        row.Should().Equal(
            login.Id.ToString("D"),
            login.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            "user.Login",
            "legacy",
            "User",
            "platform:/user/bob@example.com",
            "user",
            "bob@example.com",
            "Bob",
            "success",
            string.Empty,
            "192.0.2.10",
            "console/1.27",
            string.Empty,
            string.Empty,
            """{"email":"bob@example.com"}""");
    }

    [Fact]
    public async Task An_export_with_no_match_writes_only_the_csv_header()
    {
        var database = await SharedSampleLog.GetAsync(postgres);
        using var csv = new MemoryStream();
        using var json = new MemoryStream();

        var csvCount = await database.Store.ExportAsync(new AuditQuery { Actor = "nobody" }, AuditExportFormat.Csv, csv);
        var jsonCount = await database.Store.ExportAsync(new AuditQuery { Actor = "nobody" }, AuditExportFormat.Json, json);

        (csvCount, jsonCount).Should().Be((0L, 0L));
        Encoding.UTF8.GetString(csv.ToArray()).Should().Be(Encoding.UTF8.GetString(PostgreSql.Reading.CsvAuditWriter.Header));
        json.Length.Should().Be(0);
    }

    [Fact]
    public async Task Export_applies_the_query()
    {
        var database = await SharedSampleLog.GetAsync(postgres);
        using var output = new MemoryStream();

        var count = await database.Store.ExportAsync(new AuditQuery { Families = [AuditEventFamily.Security] }, AuditExportFormat.Json, output);

        count.Should().Be(2);
        Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => AuditCloudEventMapper.FromJson(line).Type.Family).Should().Equal(AuditEventFamily.Security, AuditEventFamily.Security);
    }

    [Fact]
    public async Task Progress_is_reported_at_the_end_with_the_count()
    {
        var database = await SharedSampleLog.GetAsync(postgres);
        var reports = new List<long>();

        var count = await database.Store.ExportAsync(new AuditQuery(), AuditExportFormat.Csv, Stream.Null, new SynchronousProgress(reports.Add));

        reports.Should().Equal(count);
    }

    [Fact]
    public async Task The_output_stream_is_left_open()
    {
        var database = await SharedSampleLog.GetAsync(postgres);
        using var output = new MemoryStream();

        await database.Store.ExportAsync(new AuditQuery(), AuditExportFormat.Json, output);

        output.CanWrite.Should().BeTrue();
    }

    [Fact]
    public async Task A_cancelled_export_stops()
    {
        var database = await SharedSampleLog.GetAsync(postgres);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var act = () => database.Store.ExportAsync(new AuditQuery(), AuditExportFormat.Json, Stream.Null, cancellationToken: cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
