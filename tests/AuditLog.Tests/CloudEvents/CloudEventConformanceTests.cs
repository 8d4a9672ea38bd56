using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AuditLog.CloudEvents;

namespace AuditLog.Tests.CloudEvents;

/// <summary>
/// The strict reader against conformance vectors written from the CloudEvents 1.0 specification and
/// its JSON format (see Conformance/README.md): every valid vector is accepted with the expected
/// attributes, every invalid one rejected naming the attribute and the rule.
/// </summary>
public sealed class CloudEventConformanceTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "CloudEvents", "Conformance");

    private const string RawInput = "(raw input)";

    private static readonly Lazy<IReadOnlyDictionary<string, JsonObject>> Vectors = new(LoadVectors);

    public static TheoryData<string> ValidVectors => new(Names(vector => vector.ContainsKey("accept")));

    public static TheoryData<string> InvalidVectors => new(Names(vector => vector.ContainsKey("reject")));

    [Theory]
    [MemberData(nameof(ValidVectors))]
    public void A_valid_vector_is_accepted_with_the_expected_attributes(string name)
    {
        var vector = Vectors.Value[name];

        var written = IsBatch(vector)
            ? new JsonArray(CloudEventJsonFormatter.ParseBatch(Input(vector)).Select(Written).ToArray())
            : Written(CloudEventJsonFormatter.Parse(Input(vector)));

        JsonNode.DeepEquals(written, vector["accept"]).Should().BeTrue($"the vector expects {vector["accept"]?.ToJsonString()}, but the reader gave {written.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(InvalidVectors))]
    public void An_invalid_vector_is_rejected_naming_the_attribute_and_the_rule(string name)
    {
        var vector = Vectors.Value[name];
        var expected = vector["reject"]!.AsObject();

        Action read = IsBatch(vector)
            ? () => CloudEventJsonFormatter.ParseBatch(Input(vector))
            : () => CloudEventJsonFormatter.Parse(Input(vector));

        var error = read.Should().Throw<AuditEventFormatException>().Which;
        error.Attribute.Should().Be(expected["attribute"]?.GetValue<string>());
        error.Rule.Should().Contain(expected["rule"]!.GetValue<string>());
    }

    [Fact]
    public void The_vectors_cover_valid_and_invalid_events_and_batches()
    {
        var vectors = Vectors.Value.Values.ToList();

        Directory.GetFiles(Folder, "*.json").Should().HaveCountGreaterThanOrEqualTo(7);
        vectors.Should().HaveCountGreaterThanOrEqualTo(90);
        vectors.Should().Contain(v => !IsBatch(v) && v.ContainsKey("accept"))
            .And.Contain(v => !IsBatch(v) && v.ContainsKey("reject"))
            .And.Contain(v => IsBatch(v) && v.ContainsKey("accept"))
            .And.Contain(v => IsBatch(v) && v.ContainsKey("reject"));
    }

    [Fact]
    public void Every_vector_is_run_as_exactly_one_case()
    {
        var cases = ValidVectors.Concat<object[]>(InvalidVectors).Select(row => (string)row[0]).ToList();

        cases.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(Vectors.Value.Keys);
    }

    [Fact]
    public void Every_vector_names_its_specification_section_and_one_input()
    {
        Vectors.Value.Values.Should().AllSatisfy(vector =>
        {
            vector["spec"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
            (vector.ContainsKey("input") ^ vector.ContainsKey("inputText")).Should().BeTrue();
            (vector.ContainsKey("accept") ^ vector.ContainsKey("reject")).Should().BeTrue();
        });
    }

    private static IEnumerable<string> Names(Func<JsonObject, bool> which) =>
        Vectors.Value.Where(pair => which(pair.Value)).Select(pair => pair.Key);

    private static bool IsBatch(JsonObject vector) => vector["batch"]?.GetValue<bool>() ?? false;

    // The raw text, or the input exactly as it appears in the file (escapes kept), kept aside on loading.
    private static byte[] Input(JsonObject vector) =>
        Encoding.UTF8.GetBytes(vector["inputText"]?.GetValue<string>() ?? vector[RawInput]!.GetValue<string>());

    private static JsonNode Written(WireCloudEvent cloudEvent) => JsonNode.Parse(CloudEventJsonFormatter.Serialize(cloudEvent))!;

    private static IReadOnlyDictionary<string, JsonObject> LoadVectors()
    {
        var vectors = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Folder, "*.json"))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            foreach (var element in document.RootElement.GetProperty("vectors").EnumerateArray())
            {
                var vector = JsonObject.Create(element.Clone())!;
                if (element.TryGetProperty("input", out var input))
                {
                    vector[RawInput] = input.GetRawText();
                }

                vectors.Add($"{Path.GetFileNameWithoutExtension(file)}: {vector["name"]!.GetValue<string>()}", vector);
            }
        }

        return vectors;
    }
}
