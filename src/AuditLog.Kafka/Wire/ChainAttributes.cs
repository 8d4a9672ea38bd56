using System.Buffers.Text;
using System.Text.Json;
using AuditLog.CloudEvents;

namespace AuditLog.Kafka.Wire;

/// <summary>
/// The five CloudEvents extension attributes that put a record in its writer's chain, in the order the audit
/// topic carries them, and the rules for their text.
/// </summary>
internal static class ChainAttributes
{
    public const string PartitionKey = "partitionkey";
    public const string Writer = "auditlogwriter";
    public const string Sequence = "sequence";
    public const string Hash = "auditloghash";
    public const string PreviousHash = "auditlogprevhash";

    public const int Count = 5;

    /// <summary>Digits of a written sequence: <see cref="long.MaxValue"/> has 19, and leading zeros make text order numeric order.</summary>
    public const int SequenceDigits = 19;

    /// <summary>The longest text of a writer, sequence or hash (<c>hmac-sha256:</c> and 64 digits).</summary>
    public const int MaxFixedLength = 76;

    public static readonly string[] Names = [PartitionKey, Writer, Sequence, Hash, PreviousHash];

    public static readonly JsonEncodedText PartitionKeyName = JsonEncodedText.Encode(PartitionKey);
    public static readonly JsonEncodedText WriterName = JsonEncodedText.Encode(Writer);
    public static readonly JsonEncodedText SequenceName = JsonEncodedText.Encode(Sequence);
    public static readonly JsonEncodedText HashName = JsonEncodedText.Encode(Hash);
    public static readonly JsonEncodedText PreviousHashName = JsonEncodedText.Encode(PreviousHash);

    public static int FormatSequence(long sequence, Span<byte> utf8)
    {
        Utf8Formatter.TryFormat(sequence, utf8, out var written, new System.Buffers.StandardFormat('D', SequenceDigits));
        return written;
    }

    public static Guid ParseWriter(ReadOnlySpan<byte> utf8, string attribute)
    {
        // Lower case only: one writer has one spelling, so grouping records by the text is grouping by writer.
        if (utf8.Length != 36 || utf8.ContainsAnyInRange((byte)'A', (byte)'Z')
            || !Utf8Parser.TryParse(utf8, out Guid writer, out var consumed, 'D') || consumed != utf8.Length)
        {
            throw new AuditEventFormatException(attribute, "must be a UUID in lower case (8-4-4-4-12)");
        }

        return writer;
    }

    public static long ParseSequence(ReadOnlySpan<byte> utf8, string attribute)
    {
        if (utf8.Length != SequenceDigits || utf8.ContainsAnyExceptInRange((byte)'0', (byte)'9'))
        {
            throw new AuditEventFormatException(attribute, $"must be {SequenceDigits} decimal digits");
        }

        if (!Utf8Parser.TryParse(utf8, out long sequence, out _) || sequence < 1)
        {
            throw new AuditEventFormatException(attribute, $"must be from 1 to {long.MaxValue}");
        }

        return sequence;
    }

    public static string ParseHash(ReadOnlySpan<byte> utf8, string attribute)
    {
        // Checked as bytes first, so no string is made of arbitrary input.
        if (utf8.Length > MaxFixedLength || utf8.ContainsAnyExceptInRange((byte)0x21, (byte)0x7e))
        {
            throw HashRule(attribute);
        }

        var text = System.Text.Encoding.ASCII.GetString(utf8);
        return ChainHashText.IsWellFormed(text) ? text : throw HashRule(attribute);
    }

    private static AuditEventFormatException HashRule(string attribute) =>
        new(attribute, $"must be '{ChainHashText.PlainPrefix}' or '{ChainHashText.KeyedPrefix}' then 64 lower-case hex digits");
}
