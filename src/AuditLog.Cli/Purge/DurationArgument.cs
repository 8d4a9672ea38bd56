using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace AuditLog.Cli.Purge;

/// <summary>
/// Ages on the command line: a whole number and a unit, <c>s</c>, <c>m</c>, <c>h</c>, <c>d</c> or <c>w</c>
/// (<c>90d</c>, <c>12h</c>, <c>2w</c>). Months and years are refused: their length varies, and a retention
/// cut-off must be exact.
/// </summary>
internal static partial class DurationArgument
{
    /// <summary>The longest age accepted: far beyond any retention, short of overflowing a time.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(365 * 100);

    /// <summary>A required option taking one such age.</summary>
    public static Option<TimeSpan> Option(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "age",
        Required = true,
        CustomParser = result => Parse(name, result),
    };

    public static bool TryParse(string text, out TimeSpan value)
    {
        value = default;
        var match = Pattern().Match(text);
        if (!match.Success || !long.TryParse(match.Groups["count"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return false;
        }

        var unit = match.Groups["unit"].Value switch
        {
            "s" => TimeSpan.FromSeconds(1),
            "m" => TimeSpan.FromMinutes(1),
            "h" => TimeSpan.FromHours(1),
            "d" => TimeSpan.FromDays(1),
            _ => TimeSpan.FromDays(7),
        };
        if (count == 0 || count > Longest.Ticks / unit.Ticks)
        {
            return false;
        }

        value = unit * count;
        return true;
    }

    private static TimeSpan Parse(string name, ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (TryParse(text, out var value))
        {
            return value;
        }

        result.AddError($"{name} takes an age such as 7d, 12h or 2w (a whole number above zero and one of s, m, h, d, w), up to {Longest.Days} days.");
        return default;
    }

    [GeneratedRegex(@"^(?<count>[0-9]{1,12})(?<unit>[smhdw])$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
