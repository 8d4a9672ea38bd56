using System.Buffers;
using System.Text;
using System.Text.Json;
using AuditLog.PostgreSql.Reading;
using AuditLog.PostgreSql.Tests.Support;
using AuditLog.Resources;

namespace AuditLog.PostgreSql.Tests.Reading;

public sealed class CsvAuditWriterTests
{
    private static readonly DateTimeOffset Time = new DateTimeOffset(2024, 10, 10, 7, 52, 7, TimeSpan.Zero).AddTicks(4831400);

    private static readonly string[] Columns =
    [
        "id", "time", "type", "family", "resource_type", "resource_address", "actor_kind", "actor_id", "actor_display_name",
        "outcome", "outcome_message", "client_ip", "user_agent", "correlation_id", "trace_id", "metadata",
    ];

    [Fact]
    public void The_header_names_every_column_in_order()
    {
        var csv = Rfc4180.Parse(Encoding.UTF8.GetString(CsvAuditWriter.Header));

        csv.Should().ContainSingle().Which.Should().Equal(Columns);
    }

    [Fact]
    public void A_row_holds_every_part_of_the_event()
    {
        var auditEvent = Event(AuditActor.User("alice@example.com", "Alice")) with
        {
            Outcome = AuditOutcome.Failure("topic already exists"),
            Client = new AuditClient("192.0.2.10", "console/1.27"),
            CorrelationId = "req-42",
            TraceId = "4bf92f3577b34da6a3ce929d0e0e4736",
        };

        var row = Row(auditEvent);

        row.Should().Equal(
            auditEvent.Id.ToString("D"),
            "2024-10-10T07:52:07.483140Z",
            "Kafka.Topic.Create",
            "exportable",
            "Topic",
            "//kafka/kafkacluster/production/topic/website-orders",
            "user",
            "alice@example.com",
            "Alice",
            "failure",
            "topic already exists",
            "192.0.2.10",
            "console/1.27",
            "req-42",
            "4bf92f3577b34da6a3ce929d0e0e4736",
            """{"name":"website-orders","cluster":"production"}""");
    }

    [Fact]
    public void Unset_parts_are_empty_cells()
    {
        var row = Row(Event(AuditActor.System("scheduler")));

        row[Columns.IndexOf("actor_display_name")].Should().BeEmpty();
        row[Columns.IndexOf("outcome_message")].Should().BeEmpty();
        row[Columns.IndexOf("client_ip")].Should().BeEmpty();
        row[Columns.IndexOf("trace_id")].Should().BeEmpty();
    }

    [Theory]
    [InlineData("Smith, Alice", "\"Smith, Alice\"")]
    [InlineData("Alice \"Al\" Smith", "\"Alice \"\"Al\"\" Smith\"")]
    [InlineData("plain", "plain")]
    public void Cells_with_commas_or_quotes_are_quoted_with_quotes_doubled(string displayName, string written)
    {
        var text = Text(Event(AuditActor.User("alice@example.com", displayName)));

        text.Should().Contain($",alice@example.com,{written},success,");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\tindented")]
    public void Cells_a_spreadsheet_would_run_as_formulas_start_with_a_single_quote(string displayName)
    {
        var row = Row(Event(AuditActor.User("alice@example.com", displayName)));

        row[Columns.IndexOf("actor_display_name")].Should().Be("'" + displayName);
    }

    [Theory]
    [InlineData("msg\u001b]0;PWNED\u0007\u001b[2J\rFAKE-LINE", "msg\u241b]0;PWNED\u2407\u241b[2J\u240dFAKE-LINE")]
    [InlineData("two\r\nlines", "two\u240d\u240alines")]
    [InlineData("line\nfeed", "line\u240afeed")]
    [InlineData("nul\0del\u007f", "nul\u2400del\u2421")]
    [InlineData("c1 \u009b31m csi", "c1 \ufffd31m csi")]
    [InlineData("tab\tkept", "tab\tkept")]
    public void Control_characters_are_shown_as_pictures_so_a_terminal_never_obeys_them(string message, string shown)
    {
        var auditEvent = Event(AuditActor.User("alice@example.com")) with { Outcome = AuditOutcome.Failure(message) };

        var text = Text(auditEvent);

        Row(auditEvent)[Columns.IndexOf("outcome_message")].Should().Be(shown);
        text[..^2].Should().NotContainAny("\u001b", "\u0007", "\r", "\n", "\0", "\u007f", "\u009b");
    }

    [Fact]
    public void A_carriage_return_first_is_shown_and_neutralised_as_a_formula()
    {
        var row = Row(Event(AuditActor.User("alice@example.com", "\rcarriage")));

        row[Columns.IndexOf("actor_display_name")].Should().Be("'\u240dcarriage");
    }

    [Fact]
    public void Cells_with_a_formula_character_later_on_are_left_alone()
    {
        var row = Row(Event(AuditActor.User("alice@example.com", "Alice = admin")));

        row[Columns.IndexOf("actor_display_name")].Should().Be("Alice = admin");
    }

    [Fact]
    public void A_tricky_row_parses_back_to_its_values()
    {
        var tricky = "=cmd|\"/C calc\"!A0,\r\n\"quoted\" ünïcødé 🙂";
        var auditEvent = Event(AuditActor.ServiceAccount("-sa,1", tricky)).WithMetadata("note", tricky) with
        {
            Outcome = AuditOutcome.Denied("@no \"access\""),
            Client = new AuditClient("2001:db8::1", "+agent\r\n"),
        };

        var row = Row(auditEvent);

        row[Columns.IndexOf("actor_id")].Should().Be("'-sa,1");
        row[Columns.IndexOf("actor_display_name")].Should().Be("'" + tricky.Replace("\r\n", "\u240d\u240a", StringComparison.Ordinal));
        row[Columns.IndexOf("outcome_message")].Should().Be("'@no \"access\"");
        row[Columns.IndexOf("user_agent")].Should().Be("'+agent\u240d\u240a");
        JsonDocument.Parse(row[Columns.IndexOf("metadata")]).RootElement.GetProperty("note").GetString().Should().Be(tricky);
    }

    [Fact]
    public void Rows_end_with_CRLF()
    {
        var text = Text(Event(AuditActor.User("alice@example.com")));

        text.Should().EndWith("\r\n");
        text.Replace("\r\n", string.Empty, StringComparison.Ordinal).Should().NotContainAny("\r", "\n");
    }

    private static AuditEvent Event(AuditActor actor) =>
        EventSeeder.Enriched(AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "website-orders"), actor), Time);

    private static List<string> Row(AuditEvent auditEvent)
    {
        var records = Rfc4180.Parse(Text(auditEvent));
        records.Should().ContainSingle();
        records[0].Should().HaveCount(Columns.Length);
        return records[0];
    }

    private static string Text(AuditEvent auditEvent)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new CsvAuditWriter();
        writer.WriteRow(buffer, auditEvent);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
