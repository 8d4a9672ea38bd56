using System.Buffers;

namespace AuditLog.PostgreSql.Reading;

/// <summary>
/// Replaces, in UTF-8 text, the characters a terminal acts on instead of showing: C0 controls other than
/// tab and DEL become their Unicode control pictures (U+2400–U+241F, U+2421), C1 controls (U+0080–U+009F,
/// among them CSI) become U+FFFD. Everything else is copied unchanged.
/// </summary>
/// <remarks>CSV cells neutralise line feeds too, so that no cell can pass for a row of its own on a screen.</remarks>
internal static class TerminalSafeUtf8
{
    private const byte C1Lead = 0xC2;

    // Every C0 control but tab, DEL, and the lead byte of U+0080–U+00BF: a vectorised first pass.
    private static readonly SearchValues<byte> Suspicious = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(b => b != '\t').Select(b => (byte)b), 0x7F, C1Lead]);

    public static bool NeedsNeutralising(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        int index;
        while ((index = utf8[offset..].IndexOfAny(Suspicious)) >= 0)
        {
            var at = offset + index;
            if (IsC0(utf8[at]) || IsC1At(utf8, at))
            {
                return true;
            }

            offset = at + 1;
        }

        return false;
    }

    /// <summary>The text with every character a terminal would act on made visible, line feeds kept.</summary>
    public static string ForTerminal(string text)
    {
        var utf8 = System.Text.Encoding.UTF8.GetBytes(text);
        if (!NeedsNeutralising(utf8))
        {
            return text;
        }

        var buffer = new byte[MaxNeutralisedLength(utf8.Length)];
        var length = Neutralise(utf8, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer, 0, length).Replace("\u240A", "\n", StringComparison.Ordinal);
    }

    /// <summary>Each byte becomes at most three.</summary>
    public static int MaxNeutralisedLength(int length) => length * 3;

    /// <returns>The number of bytes written to <paramref name="destination"/>.</returns>
    public static int Neutralise(ReadOnlySpan<byte> utf8, Span<byte> destination)
    {
        var written = 0;
        for (var i = 0; i < utf8.Length; i++)
        {
            var b = utf8[i];
            if (IsC0(b))
            {
                // U+2400 + b, or U+2421 for DEL: E2 90 (80 + b) in UTF-8.
                destination[written++] = 0xE2;
                destination[written++] = 0x90;
                destination[written++] = (byte)(b == 0x7F ? 0xA1 : 0x80 + b);
            }
            else if (IsC1At(utf8, i))
            {
                "\uFFFD"u8.CopyTo(destination[written..]);
                written += 3;
                i++;
            }
            else
            {
                destination[written++] = b;
            }
        }

        return written;
    }

    private static bool IsC0(byte b) => (b < 0x20 && b != (byte)'\t') || b == 0x7F;

    private static bool IsC1At(ReadOnlySpan<byte> utf8, int i) =>
        utf8[i] == C1Lead && i + 1 < utf8.Length && utf8[i + 1] is >= 0x80 and <= 0x9F;
}
