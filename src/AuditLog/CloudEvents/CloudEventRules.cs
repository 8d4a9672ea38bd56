using System.Text.RegularExpressions;

namespace AuditLog.CloudEvents;

/// <summary>
/// The CloudEvents 1.0 attribute names and the rules their values follow. Each check returns the
/// broken rule (phrased to follow the attribute name) or <see langword="null"/>, so the
/// <see cref="WireCloudEvent"/> constructor and the JSON reader report the same rules through their own
/// exception types.
/// </summary>
internal static partial class CloudEventRules
{
    public const string SpecVersion = "specversion";
    public const string Id = "id";
    public const string Source = "source";
    public const string Type = "type";
    public const string DataContentType = "datacontenttype";
    public const string DataSchema = "dataschema";
    public const string Subject = "subject";
    public const string Time = "time";
    public const string Data = "data";
    public const string DataBase64 = "data_base64";

    public const string Required = "is required";

    private const int MaxNameInMessage = 40;

    private const string AbsoluteUri = "must be an absolute URI (with a scheme, such as https:)";

    private const string InvalidCharacters = "must not contain control characters, Unicode noncharacters or unpaired surrogates";

    /// <summary>Whether <paramref name="name"/> is a context attribute defined by the core specification.</summary>
    public static bool IsContextAttribute(string name) =>
        name is SpecVersion or Id or Source or Type or DataContentType or DataSchema or Subject or Time;

    /// <summary>The rules of the <c>String</c> type, plus the non-empty rule of <c>id</c>, <c>type</c> and <c>subject</c>.</summary>
    public static string? CheckNonEmptyString(string? value) =>
        value is null ? Required
        : value.Length == 0 ? "must be a non-empty string"
        : CheckStringCharacters(value);

    /// <summary>
    /// The characters the <c>String</c> type disallows: control characters (U+0000–U+001F,
    /// U+007F–U+009F), Unicode noncharacters and unpaired surrogates.
    /// </summary>
    public static string? CheckStringCharacters(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            int codePoint = c;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return InvalidCharacters;
                }

                codePoint = char.ConvertToUtf32(c, value[++i]);
            }
            else if (char.IsLowSurrogate(c) || c <= '\u001F' || c is >= '\u007F' and <= '\u009F')
            {
                return InvalidCharacters;
            }

            if (codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE)
            {
                return InvalidCharacters;
            }
        }

        return null;
    }

    /// <summary>
    /// <c>source</c>: a non-empty URI-reference. Checked with <see cref="Uri"/>, which is lenient on
    /// purpose: resource addresses carry names verbatim (a space in a connector name, for example).
    /// </summary>
    public static string? CheckSource(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value is null ? Required : "must be a non-empty URI-reference";
        }

        return CheckStringCharacters(value)
            ?? (Uri.TryCreate(value, UriKind.RelativeOrAbsolute, out _) ? null : "must be a URI-reference (RFC 3986)");
    }

    /// <summary><c>datacontenttype</c>: a media type as RFC 2046 defines it, with optional parameters.</summary>
    public static string? CheckMediaType(string value) =>
        MediaTypePattern().IsMatch(value) ? null : "must be a media type as defined by RFC 2046 (type/subtype, optionally followed by parameters)";

    /// <summary><c>dataschema</c>: a non-empty absolute URI.</summary>
    public static string? CheckDataSchema(Uri value) =>
        value.IsAbsoluteUri && HasScheme(value.OriginalString) ? null : AbsoluteUri;

    /// <summary><c>dataschema</c> in its string form.</summary>
    public static string? CheckDataSchema(string value, out Uri? uri) =>
        Uri.TryCreate(value, UriKind.Absolute, out uri) && HasScheme(value) ? null : AbsoluteUri;

    /// <summary>
    /// An extension attribute name: lower-case ASCII letters and digits only, not a context
    /// attribute, not <c>data</c>. The length limit of 20 characters is a SHOULD and is not enforced.
    /// </summary>
    public static string? CheckExtensionName(string name)
    {
        if (name.Length == 0 || !name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9')))
        {
            return "is not a valid extension attribute name: names consist of lower-case ASCII letters (a-z) and digits (0-9) only";
        }

        if (IsContextAttribute(name))
        {
            return "is a context attribute and cannot be used as an extension attribute";
        }

        return name == Data ? "is reserved by the CloudEvents specification and cannot be an attribute name" : null;
    }

    /// <summary>
    /// An extension attribute value: one of the CloudEvents types in its .NET form
    /// (<see cref="string"/>, <see cref="bool"/>, <see cref="int"/>, <see cref="Uri"/>,
    /// <see cref="DateTimeOffset"/>, <see cref="byte"/>[]).
    /// </summary>
    public static string? CheckExtensionValue(object? value) => value switch
    {
        null => "must have a value (leave the extension out instead)",
        string text => CheckStringCharacters(text),
        bool or int or Uri or DateTimeOffset or byte[] => null,
        _ => "must be a string, boolean, 32-bit integer, URI, timestamp (DateTimeOffset) or binary (byte[]) value",
    };

    /// <summary>
    /// Whether a <c>datacontenttype</c> declares JSON content: its media type, without parameters,
    /// is <c>*/json</c> or <c>*/*+json</c>. An absent content type means <c>application/json</c>.
    /// </summary>
    public static bool IsJson(string? contentType)
    {
        if (contentType is null)
        {
            return true;
        }

        var end = contentType.IndexOf(';', StringComparison.Ordinal);
        var mediaType = (end < 0 ? contentType : contentType[..end]).TrimEnd();
        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        var subtype = slash < 0 ? mediaType : mediaType[(slash + 1)..];
        return subtype.Equals("json", StringComparison.OrdinalIgnoreCase)
            || subtype.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A name as it may appear in a message: printable and short, since it comes from the input.</summary>
    public static string Printable(string name)
    {
        var shown = name.Length > MaxNameInMessage ? name[..MaxNameInMessage] + "…" : name;
        return string.Create(shown.Length, shown, static (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = char.IsControl(text[i]) || char.IsSurrogate(text[i]) ? '?' : text[i];
            }
        });
    }

    // System.Uri also takes a rooted path ("/schemas/1") for an absolute file URI on Unix; RFC 3986 does not.
    private static bool HasScheme(string text) => SchemePattern().IsMatch(text);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex SchemePattern();

    // RFC 2045 token: any printable ASCII except space and tspecials ()<>@,;:\"/[]?=
    [GeneratedRegex("""^[!#$%&'*+\-.^_`{|}~0-9A-Za-z]+/[!#$%&'*+\-.^_`{|}~0-9A-Za-z]+(?:[ \t]*;[ \t]*[!#$%&'*+\-.^_`{|}~0-9A-Za-z]+=(?:[!#$%&'*+\-.^_`{|}~0-9A-Za-z]+|"(?:[^"\\\r\n]|\\[^\r\n])*"))*\z""", RegexOptions.CultureInvariant)]
    private static partial Regex MediaTypePattern();
}
