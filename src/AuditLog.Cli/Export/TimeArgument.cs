using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace AuditLog.Cli.Export;

/// <summary>
/// Times on the command line: RFC 3339 (<c>2026-11-01T09:30:00Z</c>, <c>…+02:00</c>, up to 9 fraction digits) or
/// a plain date (<c>2026-11-01</c>, midnight UTC). A time without an offset is refused: it would depend on
/// the machine's time zone, and audit questions are about exact instants.
/// </summary>
internal static partial class TimeArgument
{
    /// <summary>An option taking one such time.</summary>
    public static Option<DateTimeOffset?> Option(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "time",
        CustomParser = result => Parse(name, result),
    };

    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        if (!match.Groups["time"].Success)
        {
            if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return false;
            }

            value = new DateTimeOffset(date, TimeSpan.Zero);
            return true;
        }

        // .NET reads at most 7 fraction digits; RFC 3339 allows more, finer than the stored microseconds anyway.
        var fraction = match.Groups["fraction"].Value;
        var normalised = $"{match.Groups["date"].Value}T{match.Groups["time"].Value}{(fraction.Length > 8 ? fraction[..8] : fraction)}{match.Groups["offset"].Value.ToUpperInvariant()}";
        return DateTimeOffset.TryParse(normalised, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    private static DateTimeOffset? Parse(string name, ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (TryParse(text, out var value))
        {
            return value;
        }

        result.AddError($"{name} must be an RFC 3339 time such as 2026-11-01T09:30:00Z or 2026-11-01T10:30:00+01:00, or a date such as 2026-11-01 (midnight UTC), not '{text}'.");
        return null;
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})(?:[Tt ](?<time>\d{2}:\d{2}:\d{2})(?<fraction>\.\d{1,9})?(?<offset>[Zz]|[+-]\d{2}:\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
