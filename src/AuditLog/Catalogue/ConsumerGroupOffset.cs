using System.Buffers;
using System.Text.Json;

namespace AuditLog;

/// <summary>Where a consumer group's offset on one partition was moved to by a reset.</summary>
/// <param name="Topic">The topic name.</param>
/// <param name="Partition">The partition number.</param>
/// <param name="Offset">The offset the group now resumes from.</param>
public sealed record ConsumerGroupOffset(string Topic, int Partition, long Offset)
{
    // Written by hand rather than serialized, so the metadata keys are fixed here and no reflection is needed.
    internal static JsonElement ToJson(IEnumerable<ConsumerGroupOffset> offsets)
    {
        ArgumentNullException.ThrowIfNull(offsets);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            var count = 0;
            foreach (var offset in offsets)
            {
                ArgumentNullException.ThrowIfNull(offset, nameof(offsets));
                ArgumentException.ThrowIfNullOrEmpty(offset.Topic, nameof(offsets));
                count++;
                writer.WriteStartObject();
                writer.WriteString("topic", offset.Topic);
                writer.WriteNumber("partition", offset.Partition);
                writer.WriteNumber("offset", offset.Offset);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();

            // A reset that moved nothing would be an event a reader cannot act on.
            if (count == 0)
            {
                throw new ArgumentException("A reset moves at least one partition's offset.", nameof(offsets));
            }
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
