using System.Text;
using System.Text.RegularExpressions;

namespace AuditLog;

/// <summary>
/// A resource address template such as <c>kafka:/cluster/&lt;uuid&gt;/topic/&lt;topic-name&gt;</c>:
/// literal text with named placeholders. Addresses are only ever built from typed parts through
/// <see cref="Format"/>, which validates each part and escapes the characters that would change the
/// address's structure, so any address can be parsed back into its parts. A <c>&lt;crn&gt;</c> placeholder is a
/// whole Confluent Resource Name (<c>crn://confluent.cloud/kafka=lkc-6k8r8q/topic=orders</c>): it spans the CRN's
/// own <c>kind=name</c> segments, is checked by the CRN's grammar and is written as it is.
/// </summary>
public sealed partial class AddressTemplate
{
    /// <summary>The longest part accepted in an address.</summary>
    public const int MaxPartLength = 512;

    private readonly Regex matcher;
    private readonly AddressSplitter? splitter;

    /// <summary>Parses a template.</summary>
    /// <exception cref="ArgumentException">The template has no placeholder or a malformed one.</exception>
    public AddressTemplate(string template)
    {
        ArgumentException.ThrowIfNullOrEmpty(template);
        Text = template;
        var placeholders = new List<string>();
        var literals = new List<string>();
        var pattern = new StringBuilder("^");
        var position = 0;
        foreach (Match match in PlaceholderPattern().Matches(template))
        {
            literals.Add(template[position..match.Index]);
            pattern.Append(Regex.Escape(template[position..match.Index])).Append(IsCrn(match.Groups[1].Value) ? "(.+)" : "([^/=]+)");
            placeholders.Add(match.Groups[1].Value);
            position = match.Index + match.Length;
        }

        literals.Add(template[position..]);

        // \z, not $: $ also matches before a final newline.
        pattern.Append(Regex.Escape(template[position..])).Append(@"\z");
        if (placeholders.Count == 0
            || template.Count(c => c == '<') != placeholders.Count
            || template.Count(c => c == '>') != placeholders.Count)
        {
            throw new ArgumentException($"The address template '{template}' has no placeholder or a malformed one.", nameof(template));
        }

        Placeholders = placeholders;
        matcher = new Regex(pattern.ToString(), RegexOptions.CultureInvariant);
        splitter = AddressSplitter.TryCreate([.. literals], [.. placeholders.Select(IsCrn)]);
    }

    /// <summary>The template text, as documented.</summary>
    public string Text { get; }

    /// <summary>The placeholder names in order (<c>uuid</c>, <c>topic-name</c>…).</summary>
    public IReadOnlyList<string> Placeholders { get; }

    /// <summary>Builds an address from its parts, in placeholder order.</summary>
    /// <exception cref="AuditValidationException">A part is missing, too long, has control characters or breaks its placeholder's rule.</exception>
    public string Format(IReadOnlyList<string?> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count != Placeholders.Count)
        {
            throw new ArgumentException($"The template '{Text}' takes {Placeholders.Count} parts, not {parts.Count}.", nameof(parts));
        }

        var builder = new StringBuilder(Text.Length + 64);
        var position = 0;
        var index = 0;
        foreach (Match match in PlaceholderPattern().Matches(Text))
        {
            builder.Append(Text, position, match.Index - position);
            var placeholder = Placeholders[index];
            var part = Normalize(placeholder, parts[index]);
            builder.Append(IsCrn(placeholder) ? part : Escape(part));
            position = match.Index + match.Length;
            index++;
        }

        return builder.Append(Text, position, Text.Length - position).ToString();
    }

    /// <summary>Reads the parts of an address made from this template.</summary>
    /// <returns><see langword="null"/> when the address does not match the template or a part breaks its rule.</returns>
    public IReadOnlyList<string>? TryParse(string? address)
    {
        if (address is null)
        {
            return null;
        }

        var match = matcher.Match(address);
        if (!match.Success)
        {
            return null;
        }

        var parts = new string[Placeholders.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = IsCrn(Placeholders[i]) ? match.Groups[i + 1].Value : Unescape(match.Groups[i + 1].Value);
            if (part is null || CheckPart(Placeholders[i], part) is not null)
            {
                return null;
            }

            parts[i] = part;
        }

        return parts;
    }

    /// <summary>Whether <paramref name="address"/> is a well-formed address of this template.</summary>
    /// <remarks>What <see cref="TryParse"/> accepts, checked on the address itself without copying the parts out.</remarks>
    public bool Matches(string? address)
    {
        if (address is null)
        {
            return false;
        }

        Span<Range> parts = stackalloc Range[Placeholders.Count];
        if (splitter is not null)
        {
            if (!splitter.TrySplit(address, parts))
            {
                return false;
            }
        }
        else
        {
            var match = matcher.Match(address);
            if (!match.Success)
            {
                return false;
            }

            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = new Range(match.Groups[i + 1].Index, match.Groups[i + 1].Index + match.Groups[i + 1].Length);
            }
        }

        for (var i = 0; i < Placeholders.Count; i++)
        {
            var placeholder = Placeholders[i];
            var part = address.AsSpan()[parts[i]];
            var problem = IsCrn(placeholder) || !part.Contains('%')
                ? CheckPart(placeholder, part)
                : Unescape(part.ToString()) is { } unescaped ? CheckPart(placeholder, unescaped) : "is not escaped as Format escapes";
            if (problem is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static string Normalize(string placeholder, string? part)
    {
        if (string.IsNullOrEmpty(part))
        {
            throw new AuditValidationException($"resource.{placeholder}", "is required");
        }

        if (IsUuid(placeholder) && Guid.TryParse(part, out var uuid))
        {
            part = uuid.ToString("D");
        }

        var problem = CheckPart(placeholder, part);
        return problem is null ? part : throw new AuditValidationException($"resource.{placeholder}", problem);
    }

    private static string? CheckPart(string placeholder, ReadOnlySpan<char> part)
    {
        if (part.Length == 0)
        {
            return "is required";
        }

        if (part.Length > MaxPartLength)
        {
            return $"must be at most {MaxPartLength} characters";
        }

        if (Pipeline.TextRules.HasControl(part))
        {
            return "must not contain control characters";
        }

        if (Pipeline.TextRules.HasLoneSurrogate(part))
        {
            return Pipeline.TextRules.NoLoneSurrogates;
        }

        // Only the canonical (lowercase) spelling, so an address has a single spelling.
        if (IsUuid(placeholder) && !IsCanonicalUuid(part))
        {
            return "must be a UUID";
        }

        if (placeholder == "email" && !IsEmail(part))
        {
            return "must be an e-mail address";
        }

        if (IsCrn(placeholder) && !CrnPattern().IsMatch(part))
        {
            return "must be a CRN: crn://<authority>/ then kind=name segments separated by '/'";
        }

        return null;
    }

    private static bool IsUuid(string placeholder) => placeholder == "uuid";

    private static bool IsCrn(string placeholder) => placeholder == "crn";

    private static bool IsEmail(ReadOnlySpan<char> value)
    {
        var at = value.IndexOf('@');
        if (at <= 0 || at != value.LastIndexOf('@') || at >= value.Length - 1)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCanonicalUuid(ReadOnlySpan<char> part)
    {
        Span<char> canonical = stackalloc char[36];
        return Guid.TryParseExact(part, "D", out var uuid)
            && uuid.TryFormat(canonical, out var written, "D")
            && canonical[..written].SequenceEqual(part);
    }

    // '%' escapes itself; '/' and '=' separate parts in the templates.
    private static string Escape(string part) =>
        part.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("/", "%2F", StringComparison.Ordinal)
            .Replace("=", "%3D", StringComparison.Ordinal);

    private static string? Unescape(string part)
    {
        if (!part.Contains('%', StringComparison.Ordinal))
        {
            return part;
        }

        var builder = new StringBuilder(part.Length);
        for (var i = 0; i < part.Length; i++)
        {
            if (part[i] != '%')
            {
                builder.Append(part[i]);
                continue;
            }

            // Only the escapes Format writes (uppercase), so an address has a single spelling.
            var code = i + 2 < part.Length ? part.Substring(i + 1, 2) : string.Empty;
            var decoded = code switch { "25" => '%', "2F" => '/', "3D" => '=', _ => '\0' };
            if (decoded == '\0')
            {
                return null;
            }

            builder.Append(decoded);
            i += 2;
        }

        return builder.ToString();
    }

    [GeneratedRegex("<([a-zA-Z][a-zA-Z0-9-]*)>", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();

    // Confluent writes CRNs with and without the authority (crn://confluent.cloud/kafka=… and crn:///kafka=…), and
    // the service CRN of organisation events has no segment at all (crn://confluent.cloud/).
    [GeneratedRegex(@"^crn://[^/\s]*/(?:[^/=\s]+=[^/\s]+(?:/[^/=\s]+=[^/\s]+)*)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex CrnPattern();
}
