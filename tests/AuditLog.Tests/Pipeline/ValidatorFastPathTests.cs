using System.Text.Json;
using AuditLog.Pipeline;
using AuditLog.Tests.Support;

namespace AuditLog.Tests.Pipeline;

/// <summary>The validator's shortcuts (raw UTF-8 reads, a size bound) answer as the full checks do, hostile input included.</summary>
public sealed class ValidatorFastPathTests
{
    // JSON string literals as a caller's parser would see them: escaped NUL, lone and paired surrogates, escaped '='.
    // Each literal once, exactly: the theories take an index, since xunit's ids of string rows do not keep every
    // string apart (lone surrogates) and skip rows whose ids repeat.
    private static readonly string[] JsonStringList =
    [
        .. new[]
        {
            "\"plain\"", "\"\"", "\"a\\u0000b\"", "\"\\u0000\"", "\"\\ud800\"", "\"x\\udc00\"", "\"\\ud800\\u0041\"",
            "\"\\ud83d\\ude00\"", "\"\\uD83D\\uDE00 ok\"", "\"\\u003d\"", "\"key\\u003dvalue\"", "\"\\\\\"", "\"\\\"\"",
            "\"line\\nbreak\"", "\"caf\u00e9 \ud83d\ude00\"", "\"<&>'+`\"", "\"\\u0001\"", "\"\\u007f\\u009f\"",
        }.Concat(DoorHostileText.Values.Select(text => JsonSerializer.Serialize(text))).Distinct(StringComparer.Ordinal),
    ];

    public static TheoryData<int> JsonStrings() => new(Enumerable.Range(0, JsonStringList.Length));

    [Theory]
    [MemberData(nameof(JsonStrings))]
    public void A_json_string_breaks_the_rule_its_decoded_text_breaks(int index)
    {
        var json = JsonStringList[index];
        using var document = JsonDocument.Parse(json);

        TextRules.BrokenRule(document.RootElement).Should().Be(Reference(() => document.RootElement.GetString()!));
    }

    [Theory]
    [MemberData(nameof(JsonStrings))]
    public void A_json_property_name_breaks_the_rule_its_decoded_name_breaks(int index)
    {
        var json = JsonStringList[index];
        using var document = JsonDocument.Parse($"{{{json}:1}}");
        var property = document.RootElement.EnumerateObject().Single();

        var fast = Outcome(() => TextRules.BrokenRule(property));

        fast.Should().Be(Outcome(() => TextRules.BrokenRule(property.Name)));
    }

    // The parser lets invalid UTF-8 inside strings through (an encoded surrogate, a stray byte, a cut sequence).
    public static TheoryData<string> RawUtf8Strings() =>
    [
        "ED A0 80", "ED BF BF", "FF", "C3", "E2 82", "F0 9F 98", "C3 A9", "F0 9F 98 80", "61 ED A0 80 62", "5C 6E FF",
    ];

    [Theory]
    [MemberData(nameof(RawUtf8Strings))]
    public void A_string_of_raw_bytes_breaks_the_rule_its_decoding_breaks(string hex)
    {
        using var document = JsonDocument.Parse((byte[])[(byte)'"', .. Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal)), (byte)'"']);

        TextRules.BrokenRule(document.RootElement).Should().Be(Reference(() => document.RootElement.GetString()!));
    }

    [Theory]
    [MemberData(nameof(RawUtf8Strings))]
    public void A_property_name_of_raw_bytes_breaks_the_rule_its_decoding_breaks(string hex)
    {
        using var document = JsonDocument.Parse((byte[])[(byte)'{', (byte)'"', .. Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal)), (byte)'"', (byte)':', (byte)'1', (byte)'}']);
        var property = document.RootElement.EnumerateObject().Single();

        Outcome(() => TextRules.BrokenRule(property)).Should().Be(Outcome(() => TextRules.BrokenRule(property.Name)));
    }

    public static TheoryData<string, byte[], string> NestedValuesBreakingARule => new()
    {
        { "invalid UTF-8 (an encoded surrogate)", [.. "{\"k\":[\""u8, 0xED, 0xA0, 0x80, .. "\"]}"u8], TextRules.NoLoneSurrogates },
        { "an escaped NUL", "{\"k\":[\"x\\u0000y\"]}"u8.ToArray(), TextRules.NoNul },
    };

    [Theory]
    [MemberData(nameof(NestedValuesBreakingARule))]
    public void A_parsed_nested_value_breaking_a_text_rule_is_refused_naming_the_key(string breaking, byte[] json, string rule)
    {
        using var document = JsonDocument.Parse(json);
        var auditEvent = SampleEvents.TopicCreated().WithMetadata("parsed", document.RootElement.Clone());

        var act = () => new AuditEventValidator(64 * 1024).Validate(auditEvent);

        var error = act.Should().Throw<AuditValidationException>(breaking).Which;
        error.Field.Should().Be("metadata.parsed");
        error.Rule.Should().Be(rule);
    }

    [Fact]
    public void Control_characters_are_those_char_IsControl_names()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            TextRules.HasControl([c]).Should().Be(char.IsControl(c), $"U+{(int)c:X4}");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(40)]
    public void Short_and_long_text_break_the_same_rules_for_every_character(int padding)
    {
        var pad = new string('a', padding);
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var text = pad + c;
            var expected = c == '\0' ? TextRules.NoNul : char.IsSurrogate(c) ? TextRules.NoLoneSurrogates : null;

            TextRules.BrokenRule(text).Should().Be(expected, $"U+{(int)c:X4} after {padding} letters");
            TextRules.HasControl(text).Should().Be(char.IsControl(c), $"U+{(int)c:X4} after {padding} letters");
        }
    }

    [Theory]
    [InlineData("\uD83D\uDE00")]
    [InlineData("a\uD83D\uDE00b")]
    public void A_surrogate_pair_breaks_no_rule(string text) => TextRules.BrokenRule(text).Should().BeNull();

    [Theory]
    [MemberData(nameof(JsonStrings))]
    public void The_size_bound_is_never_below_the_written_size(int index)
    {
        var json = JsonStringList[index];
        using var document = JsonDocument.Parse($"{{ \"nested\" : [ {json} , {{ {json} : {json} }} ], \"n\": 1.50e+3 }}");
        var metadata = AuditMetadata.Empty
            .With("value", document.RootElement.GetProperty("nested")[0].Clone())
            .With("nested", document.RootElement.Clone())
            .With("caf\u00e9<\ud83d\ude00", document.RootElement.GetProperty("n").Clone());

        Outcome(() => metadata.Utf8SizeBound() >= metadata.Utf8Size() ? "holds" : "broken").Should().NotBe("broken");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    public void Metadata_is_refused_exactly_when_its_written_size_is_over_the_limit(int overBy)
    {
        var auditEvent = SampleEvents.TopicCreated().WithMetadata("note", new string('<', 40));
        var limit = auditEvent.Metadata.Utf8Size() - overBy;

        var act = () => new AuditEventValidator(limit).Validate(auditEvent);

        if (overBy > 0)
        {
            act.Should().Throw<AuditValidationException>().Which.Field.Should().Be("metadata");
        }
        else
        {
            act.Should().NotThrow();
        }
    }

    [Theory]
    [InlineData("192.0.2.10")]
    [InlineData("1")]
    [InlineData("0x7f.1")]
    [InlineData("0177.0.0.1")]
    [InlineData("4294967296")]
    [InlineData("256.1.1.1")]
    [InlineData("1.2.3.4:80")]
    [InlineData(" 1.2.3.4")]
    [InlineData("::1")]
    [InlineData("[::1]:80")]
    [InlineData("fe80::1%eth0")]
    [InlineData("fe80::1%zz zz")]
    [InlineData("::ffff:1.2.3.4")]
    [InlineData("2001:db8::/32")]
    [InlineData("1.2.3.4\0")]
    [InlineData("x")]
    public void A_client_address_is_accepted_exactly_when_IPAddress_parses_it(string address)
    {
        var auditEvent = SampleEvents.TopicCreated() with { Client = new AuditClient(address) };

        var act = () => new AuditEventValidator(64 * 1024).Validate(auditEvent);

        if (System.Net.IPAddress.TryParse(address, out _))
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<AuditValidationException>().Which.Field.Should().Be("client.ipAddress");
        }
    }

    private static string? Reference(Func<string> decode)
    {
        try
        {
            return TextRules.BrokenRule(decode());
        }
        catch (InvalidOperationException)
        {
            return TextRules.NoLoneSurrogates;
        }
    }

    private static string? Outcome(Func<string?> check)
    {
        try
        {
            return check() ?? "none";
        }
        catch (Exception exception)
        {
            return exception.GetType().Name;
        }
    }
}
