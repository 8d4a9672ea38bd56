using System.Text.Json;

namespace AuditLog.CloudEvents;

/// <summary>
/// The RFC 3339 timestamps of the CloudEvents <c>Timestamp</c> type. Written always in UTC with
/// exactly six fractional digits (<c>2024-10-10T07:52:07.483140Z</c>), so audit times keep their
/// microseconds and sort as text; read with zero to nine digits and any offset, converted to UTC.
/// </summary>
internal static class Rfc3339
{
    /// <summary>The rule a timestamp breaks when it cannot be read.</summary>
    public const string Rule = "must be an RFC 3339 timestamp (yyyy-MM-ddThh:mm:ss, an optional fraction of up to 9 digits, then 'Z' or an offset such as +02:00)";

    /// <summary>The length of a written timestamp, in characters and UTF-8 bytes.</summary>
    public const int Length = 27;

    /// <summary>Writes a timestamp as a JSON string property.</summary>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, DateTimeOffset value)
    {
        Span<byte> utf8 = stackalloc byte[Length];
        writer.WriteString(name, utf8[..Format(value, utf8)]);
    }

    /// <summary>Writes a timestamp as a JSON string value.</summary>
    public static void WriteValue(Utf8JsonWriter writer, DateTimeOffset value)
    {
        Span<byte> utf8 = stackalloc byte[Length];
        writer.WriteStringValue(utf8[..Format(value, utf8)]);
    }

    /// <summary>Reads a timestamp, converting it to UTC.</summary>
    /// <returns><see langword="false"/> when the text is not an RFC 3339 date-time .NET can represent (leap seconds included).</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length < 20
            || !TryDigits(text, 0, 4, out var year) || text[4] != '-'
            || !TryDigits(text, 5, 2, out var month) || text[7] != '-'
            || !TryDigits(text, 8, 2, out var day) || text[10] is not ('T' or 't')
            || !TryDigits(text, 11, 2, out var hour) || text[13] != ':'
            || !TryDigits(text, 14, 2, out var minute) || text[16] != ':'
            || !TryDigits(text, 17, 2, out var second))
        {
            return false;
        }

        var position = 19;
        long ticks = 0;
        if (text[position] == '.')
        {
            var digits = 0;
            while (++position < text.Length && char.IsAsciiDigit(text[position]))
            {
                if (++digits <= 7)
                {
                    ticks = (ticks * 10) + (text[position] - '0');
                }
            }

            if (digits is 0 or > 9)
            {
                return false;
            }

            for (var i = digits; i < 7; i++)
            {
                ticks *= 10;
            }
        }

        if (!TryOffset(text[position..], out var offset)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(ticks);
        var utc = local.Ticks - offset.Ticks;
        if (utc < DateTime.MinValue.Ticks || utc > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        value = new DateTimeOffset(utc, TimeSpan.Zero);
        return true;
    }

    // By hand: the exporters write one timestamp per event, and a custom DateTime format string
    // costs several times more than the digits themselves.
    private static int Format(DateTimeOffset value, Span<byte> utf8)
    {
        var utc = value.UtcDateTime;
        utc.Deconstruct(out int year, out int month, out int day);
        var microseconds = (int)(utc.Ticks % TimeSpan.TicksPerSecond / TimeSpan.TicksPerMicrosecond);
        WriteDigits(utf8[..4], year);
        utf8[4] = (byte)'-';
        WriteDigits(utf8.Slice(5, 2), month);
        utf8[7] = (byte)'-';
        WriteDigits(utf8.Slice(8, 2), day);
        utf8[10] = (byte)'T';
        WriteDigits(utf8.Slice(11, 2), utc.Hour);
        utf8[13] = (byte)':';
        WriteDigits(utf8.Slice(14, 2), utc.Minute);
        utf8[16] = (byte)':';
        WriteDigits(utf8.Slice(17, 2), utc.Second);
        utf8[19] = (byte)'.';
        WriteDigits(utf8.Slice(20, 6), microseconds);
        utf8[26] = (byte)'Z';
        return Length;
    }

    private static void WriteDigits(Span<byte> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    private static bool TryOffset(ReadOnlySpan<char> text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text is ['Z' or 'z'])
        {
            return true;
        }

        if (text.Length != 6 || text[0] is not ('+' or '-') || text[3] != ':'
            || !TryDigits(text, 1, 2, out var hours) || !TryDigits(text, 4, 2, out var minutes)
            || hours > 23 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        offset = text[0] == '-' ? -offset : offset;
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }
}
