using System.Buffers;

namespace AuditLog.PostgreSql.Reading;

/// <summary>
/// Writes one CSV cell (RFC 4180) from UTF-8 text: quoted, with quotes doubled, when it holds a comma, a
/// quote, CR or LF; prefixed with a single quote when a spreadsheet would run it as a formula (OWASP's
/// list: <c>= + - @</c>, tab and CR first). Control characters other than tab are shown as their Unicode
/// control pictures (ESC as U+241B, CR as U+240D, LF as U+240A…) and C1 controls as U+FFFD, so a person
/// reading an export in a terminal never has it rewritten by an event's content. Every byte tested is
/// ASCII or a UTF-8 lead byte, so the text is scanned as bytes.
/// </summary>
internal static class CsvCell
{
    private static readonly SearchValues<byte> NeedsQuotes = SearchValues.Create(",\"\r\n"u8);

    public static void Write(IBufferWriter<byte> output, ReadOnlySpan<byte> utf8)
    {
        if (TerminalSafeUtf8.NeedsNeutralising(utf8))
        {
            var rented = ArrayPool<byte>.Shared.Rent(TerminalSafeUtf8.MaxNeutralisedLength(utf8.Length));
            try
            {
                var length = TerminalSafeUtf8.Neutralise(utf8, rented);
                WriteSafe(output, rented.AsSpan(0, length), FormulaLead(utf8));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }

            return;
        }

        WriteSafe(output, utf8, FormulaLead(utf8));
    }

    private static bool FormulaLead(ReadOnlySpan<byte> utf8) =>
        utf8.Length > 0 && utf8[0] is (byte)'=' or (byte)'+' or (byte)'-' or (byte)'@' or (byte)'\t' or (byte)'\r';

    private static void WriteSafe(IBufferWriter<byte> output, ReadOnlySpan<byte> utf8, bool neutralise)
    {
        var quote = utf8.ContainsAny(NeedsQuotes);
        if (!neutralise && !quote)
        {
            output.Write(utf8);
            return;
        }

        var span = output.GetSpan((utf8.Length * 2) + 3);
        var length = 0;
        if (quote)
        {
            span[length++] = (byte)'"';
        }

        if (neutralise)
        {
            span[length++] = (byte)'\'';
        }

        if (quote)
        {
            foreach (var b in utf8)
            {
                span[length++] = b;
                if (b == (byte)'"')
                {
                    span[length++] = b;
                }
            }

            span[length++] = (byte)'"';
        }
        else
        {
            utf8.CopyTo(span[length..]);
            length += utf8.Length;
        }

        output.Advance(length);
    }
}
