using System.Text;
using System.Text.Json;

namespace AuditLog.Tests.Catalogue;

public sealed class AuditMetadataTests
{
    [Fact]
    public void Keys_keep_insertion_order()
    {
        var metadata = AuditMetadata.Empty.With("name", "website-orders").With("cluster", "production").With("partitions", 3);

        metadata.Keys.Should().Equal("name", "cluster", "partitions");
        metadata.ToJson().Should().Be("""{"name":"website-orders","cluster":"production","partitions":3}""");
    }

    [Fact]
    public void With_replaces_an_existing_key_in_place()
    {
        var metadata = AuditMetadata.Empty.With("a", 1).With("b", 2).With("c", 3);

        var replaced = metadata.With("b", "two");

        replaced.Keys.Should().Equal("a", "b", "c");
        replaced.GetString("b").Should().Be("two");
    }

    [Fact]
    public void With_leaves_the_original_unchanged()
    {
        var metadata = AuditMetadata.Empty.With("a", 1);

        _ = metadata.With("a", 2).With("b", 3);

        metadata.ToJson().Should().Be("""{"a":1}""");
    }

    [Fact]
    public void Without_removes_the_key_and_keeps_the_others_in_order()
    {
        var metadata = AuditMetadata.Empty.With("a", 1).With("b", 2).With("c", 3);

        var removed = metadata.Without("b");

        removed.Keys.Should().Equal("a", "c");
        metadata.Keys.Should().Equal("a", "b", "c");
    }

    [Fact]
    public void Without_an_absent_key_returns_the_same_metadata()
    {
        var metadata = AuditMetadata.Empty.With("a", 1);

        metadata.Without("z").Should().BeSameAs(metadata);
    }

    [Fact]
    public void With_a_null_string_stores_json_null()
    {
        var metadata = AuditMetadata.Empty.With("a", (string?)null);

        metadata["a"].ValueKind.Should().Be(JsonValueKind.Null);
        metadata.GetString("a").Should().BeNull();
    }

    [Fact]
    public void With_a_list_stores_a_json_array()
    {
        var metadata = AuditMetadata.Empty.With("tags", ["pii", "gdpr"]);

        metadata.ToJson().Should().Be("""{"tags":["pii","gdpr"]}""");
    }

    [Fact]
    public void With_rejects_an_empty_key()
    {
        var act = () => AuditMetadata.Empty.With(string.Empty, 1);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Indexer_throws_for_an_absent_key()
    {
        var act = () => AuditMetadata.Empty["absent"];

        act.Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void FromJson_keeps_the_object_and_its_order()
    {
        using var json = JsonDocument.Parse("""{"z":1,"a":{"b":[true,null]},"m":"x"}""");

        var metadata = AuditMetadata.FromJson(json.RootElement);

        metadata.Keys.Should().Equal("z", "a", "m");
        metadata.ToJson().Should().Be("""{"z":1,"a":{"b":[true,null]},"m":"x"}""");
    }

    [Fact]
    public void FromJson_values_outlive_their_document()
    {
        AuditMetadata metadata;
        using (var json = JsonDocument.Parse("""{"name":"orders"}"""))
        {
            metadata = AuditMetadata.FromJson(json.RootElement);
        }

        metadata.GetString("name").Should().Be("orders");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[{\"a\":1}]")]
    [InlineData("1")]
    [InlineData("\"text\"")]
    [InlineData("null")]
    [InlineData("true")]
    public void FromJson_rejects_a_non_object(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        var act = () => AuditMetadata.FromJson(root);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void FromJson_rejects_an_undefined_element()
    {
        var act = () => AuditMetadata.FromJson(default);

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("café")]
    [InlineData("日本語")]
    [InlineData("emoji 😀")]
    [InlineData("<tag> & \"quotes\" \\ \n")]
    public void Utf8Size_is_the_utf8_byte_count_of_ToJson(string value)
    {
        var metadata = AuditMetadata.Empty.With("name", value).With("clé", 42).With("ok", true);

        var size = metadata.Utf8Size();

        size.Should().Be(Encoding.UTF8.GetByteCount(metadata.ToJson()));
    }

    [Fact]
    public void Empty_metadata_is_an_empty_object()
    {
        AuditMetadata.Empty.ToJson().Should().Be("{}");
        AuditMetadata.Empty.Utf8Size().Should().Be(2);
        AuditMetadata.Empty.Count.Should().Be(0);
    }
}
