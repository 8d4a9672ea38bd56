using AuditLog.PostgreSql.Schema;

namespace AuditLog.PostgreSql.Tests.Support;

/// <summary>
/// SQL text for the tests that write rows by hand: <see cref="EventColumns"/>' list, so a column added to the
/// events table is added to every test's INSERT at once, or fails them all loudly.
/// </summary>
public static class EventValues
{
    /// <summary><c>INSERT INTO {table} (every column) SELECT …</c>: one expression per column, by column name.</summary>
    /// <exception cref="ArgumentException">An expression is missing for a column, or names no column.</exception>
    public static string InsertSelect(string table, IReadOnlyDictionary<string, string> expressions) =>
        $"INSERT INTO {table} ({EventColumns.Names}) SELECT {SelectList(expressions)}";

    /// <summary>The select list in column order; a column without an expression is taken as is (for INSERT … SELECT … FROM events).</summary>
    public static string SelectList(IReadOnlyDictionary<string, string> expressions, bool sameNameByDefault = false)
    {
        var unknown = expressions.Keys.Except(EventColumns.All.Select(c => c.Name)).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"Not columns of the events table: {string.Join(", ", unknown)}.", nameof(expressions));
        }

        return string.Join(", ", EventColumns.All.Select(c => expressions.TryGetValue(c.Name, out var expression)
            ? expression
            : sameNameByDefault ? c.Name : throw new ArgumentException($"No value for column {c.Name}.", nameof(expressions))));
    }
}
