using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using AuditLog.Sample.Tests.Support;

namespace AuditLog.Sample.Tests;

/// <summary>The sample, run as a person would run it: the whole story on embedded servers, and its failures in one line.</summary>
public sealed class SampleRunTests
{
    private const int StoryEvents = 12;

    [Fact]
    public async Task With_nothing_configured_it_tells_the_whole_story_on_embedded_servers_and_exits_0()
    {
        using var run = await SampleProcess.RunAsync();

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
        run.Output.Should().StartWith("Embedded servers: a throwaway PostgreSQL and an in-process mock Kafka cluster")
            .And.Contain("[REDACTED]")
            .And.Contain($"intact: {StoryEvents} events")
            .And.Contain("the relay's lag reached 0")
            .And.Contain($"{StoryEvents} events read back, every chain link checked, none missing, none twice");
        run.Output.Should().NotContain("do-not-print-me");
        Directory.GetFiles(Path.Combine(run.WorkingDirectory, "audit-export")).Select(Path.GetFileName).Should().BeEquivalentTo("events.json", "events.csv", "topic.json");
    }

    [Fact]
    public async Task Exports_the_story_from_PostgreSQL_as_JSON_Lines_and_CSV_and_from_the_topic_as_the_same_JSON_Lines()
    {
        using var run = await SampleProcess.RunAsync(variables: null, "--output", "exports");

        run.ExitCode.Should().Be(0, run.Error);
        var json = File.ReadAllLines(Path.Combine(run.WorkingDirectory, "exports", "events.json"));
        json.Should().HaveCount(StoryEvents);
        var types = json.Select(line =>
        {
            using var cloudEvent = JsonDocument.Parse(line);
            cloudEvent.RootElement.GetProperty("specversion").GetString().Should().Be("1.0");
            return cloudEvent.RootElement.GetProperty("data").GetProperty("eventType").GetString();
        });
        types.Should().Contain(["Iam.User.Login", "Kafka.Topic.Create", "topic.Tagged", "Security.Authorization.Check", "Kafka.Subject.ChangeCompatibility"]);

        var csv = File.ReadAllText(Path.Combine(run.WorkingDirectory, "exports", "events.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        csv.Should().HaveCount(StoryEvents + 1);
        csv[0].Should().StartWith("id,time,type,family,");
        csv.Skip(1).Should().AllSatisfy(row => Guid.TryParse(row.Split(',')[0], out _).Should().BeTrue(row));

        // The topic holds the stored CloudEvents byte for byte; the export is newest first, the topic in chain order.
        var topic = File.ReadAllLines(Path.Combine(run.WorkingDirectory, "exports", "topic.json"));
        topic.Should().BeEquivalentTo(json);
        topic.Should().Equal(json.Reverse());
    }

    [Fact]
    public async Task With_web_it_serves_the_audit_logs_page_and_API_over_the_story()
    {
        var (process, page, folder) = await SampleProcess.StartWebAsync();
        try
        {
            using var http = new HttpClient();

            var html = await http.GetAsync(page);
            var events = await http.GetStringAsync(new Uri(page, "events?actor=alice@example.com&pageSize=100"));

            html.StatusCode.Should().Be(HttpStatusCode.OK);
            html.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
            using var json = JsonDocument.Parse(events);
            json.RootElement.GetProperty("events").GetArrayLength().Should().BeGreaterThan(5);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_bad_partition_count_is_one_line_naming_the_variable_and_exit_code_2()
    {
        using var run = await SampleProcess.RunAsync(new Dictionary<string, string> { ["CDK_AUDITLOGPUBLISHER_TOPICCONFIG_PARTITION"] = "many" });

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("CDK_AUDITLOGPUBLISHER_TOPICCONFIG_PARTITION").And.Contain("'many'");
    }

    [Fact]
    public async Task An_unreachable_database_is_one_line_saying_what_to_check_and_exit_code_1()
    {
        using var run = await SampleProcess.RunAsync(new Dictionary<string, string> { ["CDK_DATABASE_URL"] = $"postgresql://auditlog@127.0.0.1:{ClosedPort()}/auditlog" });

        run.ExitCode.Should().Be(1);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("PostgreSQL could not be reached").And.Contain("CDK_DATABASE_URL");
    }

    // A port nothing listens on: taken from the system, then released.
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
