using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace AuditLog;

/// <summary>
/// The event-specific details of an audit event: an immutable JSON object whose keys keep the
/// order in which they were added (so <c>name</c> then <c>cluster</c> come out as written).
/// </summary>
public sealed class AuditMetadata : IReadOnlyDictionary<string, JsonElement>
{
    private readonly KeyValuePair<string, JsonElement>[] entries;

    private AuditMetadata(KeyValuePair<string, JsonElement>[] entries) => this.entries = entries;

    /// <summary>Metadata with no entries.</summary>
    public static AuditMetadata Empty { get; } = new([]);

    /// <summary>
    /// How deeply objects and arrays may nest inside one metadata value (a scalar or a flat object is
    /// level 0 or 1). <c>LogAsync</c> refuses deeper values, so every reader of stored events accepts all
    /// that was logged.
    /// </summary>
    public const int MaxDepth = 32;

    /// <inheritdoc />
    public int Count => entries.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => entries.Select(e => e.Key);

    /// <inheritdoc />
    public IEnumerable<JsonElement> Values => entries.Select(e => e.Value);

    /// <inheritdoc />
    public JsonElement this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The metadata has no key '{key}'.");

    /// <summary>Reads metadata from a JSON object.</summary>
    /// <exception cref="ArgumentException">The element is not a JSON object.</exception>
    public static AuditMetadata FromJson(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"Metadata must be a JSON object, not {json.ValueKind}.", nameof(json));
        }

        var metadata = Empty;
        foreach (var property in json.EnumerateObject())
        {
            metadata = metadata.With(property.Name, property.Value.Clone());
        }

        return metadata;
    }

    /// <summary>Returns a copy with <paramref name="key"/> set to a JSON value (replacing any previous value).</summary>
    public AuditMetadata With(string key, JsonElement value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var index = IndexOf(key);
        KeyValuePair<string, JsonElement>[] copy;
        if (index >= 0)
        {
            copy = (KeyValuePair<string, JsonElement>[])entries.Clone();
            copy[index] = new(key, value);
        }
        else
        {
            copy = [.. entries, new(key, value)];
        }

        return new AuditMetadata(copy);
    }

    /// <summary>Returns a copy with <paramref name="key"/> set to a string (a null value is stored as JSON null).</summary>
    /// <exception cref="AuditValidationException">The value contains an unpaired UTF-16 surrogate, which JSON
    /// encoding would silently replace by U+FFFD.</exception>
    public AuditMetadata With(string key, string? value)
    {
        CheckEncodable(key, value);
        return With(key, JsonSerializer.SerializeToElement(value));
    }

    /// <summary>Returns a copy with <paramref name="key"/> set to a number.</summary>
    public AuditMetadata With(string key, long value) => With(key, JsonSerializer.SerializeToElement(value));

    /// <summary>Returns a copy with <paramref name="key"/> set to a number.</summary>
    public AuditMetadata With(string key, double value) => With(key, JsonSerializer.SerializeToElement(value));

    /// <summary>Returns a copy with <paramref name="key"/> set to a boolean.</summary>
    public AuditMetadata With(string key, bool value) => With(key, JsonSerializer.SerializeToElement(value));

    /// <summary>Returns a copy with <paramref name="key"/> set to a list of strings (custom tags, for example).</summary>
    /// <exception cref="AuditValidationException">A value contains an unpaired UTF-16 surrogate.</exception>
    public AuditMetadata With(string key, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var array = values.ToArray();
        foreach (var value in array)
        {
            CheckEncodable(key, value);
        }

        return With(key, JsonSerializer.SerializeToElement(array));
    }

    /// <summary>Returns a copy without <paramref name="key"/>.</summary>
    public AuditMetadata Without(string key)
    {
        var index = IndexOf(key);
        return index < 0 ? this : new AuditMetadata([.. entries[..index], .. entries[(index + 1)..]]);
    }

    /// <summary>Returns the value of <paramref name="key"/> as a string, when it is a JSON string.</summary>
    public string? GetString(string key) =>
        TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Writes the metadata as a JSON object.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        foreach (var (key, value) in entries)
        {
            writer.WritePropertyName(key);
            value.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    /// <summary>The metadata as compact JSON text.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The size of <see cref="ToJson"/> in UTF-8 bytes.</summary>
    public int Utf8Size() => Utf8JsonSizer.Measure(this, static (metadata, writer) => metadata.WriteTo(writer));

    /// <summary>
    /// At least <see cref="Utf8Size"/>, found without writing: the writer drops whitespace, writes numbers and literals
    /// as read, and escapes no byte read (nor any UTF-16 character of a key) into more than six bytes (<c>\u003C</c>).
    /// </summary>
    internal long Utf8SizeBound()
    {
        long bound = 2;
        foreach (var (key, value) in entries)
        {
            if (value.ValueKind == JsonValueKind.Undefined)
            {
                return long.MaxValue; // Utf8Size says what is wrong with it
            }

            bound += Utf8SizeBound(key, JsonMarshal.GetRawUtf8Value(value));
        }

        return bound;
    }

    /// <summary>What one entry adds to <see cref="Utf8SizeBound()"/>, from its key and its value's raw UTF-8.</summary>
    // "key": value, — and the quotes of a string value, whether or not its raw bytes include them.
    internal static long Utf8SizeBound(string key, ReadOnlySpan<byte> rawValue) => (6L * key.Length) + 4 + (6L * rawValue.Length) + 2;

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out JsonElement value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? entries[index].Value : default;
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, JsonElement>>)entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => ToJson();

    /// <summary>The entries in order, for the pipeline to walk without an enumerator.</summary>
    internal ReadOnlySpan<KeyValuePair<string, JsonElement>> Entries => entries;

    private int IndexOf(string key)
    {
        for (var i = 0; i < entries.Length; i++)
        {
            if (string.Equals(entries[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    // Serialising a lone surrogate would store U+FFFD instead of what the caller gave: refuse it here,
    // where the string is still intact (the validator sees only the encoded element).
    private static void CheckEncodable(string key, string? value)
    {
        if (value is not null && Pipeline.TextRules.HasLoneSurrogate(value))
        {
            throw new AuditValidationException($"metadata.{key}", Pipeline.TextRules.NoLoneSurrogates);
        }
    }
}
