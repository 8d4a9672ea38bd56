using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace AuditLog.PostgreSql.Schema;

/// <summary>A validated schema name, safe to place in SQL text (identifiers cannot be parameters).</summary>
internal sealed partial record SchemaName
{
    /// <summary>The rule a schema name follows, as error messages state it.</summary>
    public const string Rule = "must be a lower-case identifier of 1 to 63 letters, digits and '_', starting with a letter or '_'";

    private SchemaName(string value) => Value = value;

    public string Value { get; }

    /// <summary>The quoted identifier, for SQL text.</summary>
    public string Quoted => $"\"{Value}\"";

    /// <summary>A table of the schema, quoted.</summary>
    public string Table(string table) => $"{Quoted}.\"{table}\"";

    /// <summary>The schema name, or false and the rule it breaks; never throws.</summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out SchemaName? schema, [NotNullWhen(false)] out string? error)
    {
        if (value is not null && Pattern().IsMatch(value))
        {
            (schema, error) = (new SchemaName(value), null);
            return true;
        }

        (schema, error) = (null, Rule);
        return false;
    }

    public static SchemaName Parse(string? value) =>
        TryParse(value, out var schema, out var error)
            ? schema
            : throw new ArgumentException($"{PostgreSqlAuditOptions.SectionName}:{nameof(PostgreSqlAuditOptions.Schema)} {error}.", nameof(value));

    public override string ToString() => Value;

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
