using System.Buffers;

namespace AuditLog.PostgreSql.Reading;

/// <summary>
/// Writes one CSV cell (RFC 4180) from UTF-8 text: quoted, with quotes doubled, when it holds a comma, a
/// quote, CR or LF; prefixed with a single quote when a spreadsheet would run it as a formula (OWASP's
/// list: <c>= + - @</c>, tab and CR first). Every byte tested is ASCII, which never occurs inside a
/// multi-byte UTF-8 sequence, so the text is scanned as bytes.
/// </summary>
internal static class CsvCell
{
    private static readonly SearchValues<byte> NeedsQuotes = SearchValues.Create(",\"\r\n"u8);

    public static void Write(IBufferWriter<byte> output, ReadOnlySpan<byte> utf8)
    {
        var neutralise = utf8.Length > 0 && utf8[0] is (byte)'=' or (byte)'+' or (byte)'-' or (byte)'@' or (byte)'\t' or (byte)'\r';
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
