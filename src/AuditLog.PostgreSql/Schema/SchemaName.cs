using System.Text.RegularExpressions;

namespace AuditLog.PostgreSql.Schema;

/// <summary>A validated schema name, safe to place in SQL text (identifiers cannot be parameters).</summary>
internal sealed partial record SchemaName
{
    private SchemaName(string value) => Value = value;

    public string Value { get; }

    /// <summary>The quoted identifier, for SQL text.</summary>
    public string Quoted => $"\"{Value}\"";

    /// <summary>A table of the schema, quoted.</summary>
    public string Table(string table) => $"{Quoted}.\"{table}\"";

    public static SchemaName Parse(string? value) =>
        value is not null && Pattern().IsMatch(value)
            ? new SchemaName(value)
            : throw new ArgumentException($"{PostgreSqlAuditOptions.SectionName}:Schema must be a lower-case identifier of 1 to 63 letters, digits and '_', starting with a letter or '_'.", nameof(value));

    public override string ToString() => Value;

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
