namespace AuditLog;

/// <summary>
/// Splits an address into the parts of its template without a regex. Only for templates whose every part ends where
/// the next literal begins with '/' or '=' (characters no part holds), or at the end, and whose CRN part, if any, is
/// last: there the template's pattern has a single way to match, and this finds it.
/// </summary>
internal sealed class AddressSplitter
{
    private readonly string[] literals;
    private readonly bool[] crn;

    private AddressSplitter(string[] literals, bool[] crn)
    {
        this.literals = literals;
        this.crn = crn;
    }

    /// <summary>The splitter for a template of <paramref name="literals"/> around parts, or null when it needs the pattern.</summary>
    public static AddressSplitter? TryCreate(string[] literals, bool[] crn)
    {
        for (var i = 0; i < crn.Length; i++)
        {
            var next = literals[i + 1];
            var fits = crn[i] ? i == crn.Length - 1 && next.Length == 0 : next.Length == 0 || next[0] is '/' or '=';
            if (!fits)
            {
                return null;
            }
        }

        return new AddressSplitter(literals, crn);
    }

    /// <summary>Whether <paramref name="address"/> has the template's shape; if so, where each part is.</summary>
    public bool TrySplit(ReadOnlySpan<char> address, Span<Range> parts)
    {
        if (!address.StartsWith(literals[0], StringComparison.Ordinal))
        {
            return false;
        }

        var position = literals[0].Length;
        for (var i = 0; i < crn.Length; i++)
        {
            var rest = address[position..];
            int length;
            if (crn[i])
            {
                // (.+): any character but a line feed, to the end.
                length = rest.Contains('\n') ? 0 : rest.Length;
            }
            else
            {
                // ([^/=]+): up to the '/' or '=' the next literal starts with.
                var stop = rest.IndexOfAny('/', '=');
                length = stop < 0 ? rest.Length : stop;
            }

            if (length == 0 || !rest[length..].StartsWith(literals[i + 1], StringComparison.Ordinal))
            {
                return false;
            }

            parts[i] = new Range(position, position + length);
            position += length + literals[i + 1].Length;
        }

        return position == address.Length;
    }
}
