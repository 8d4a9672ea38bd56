using AuditLog.PostgreSql.Writing;
using Npgsql;
using NpgsqlTypes;

namespace AuditLog.PostgreSql.Schema;

/// <summary>One column a writer fills in the events table: its name, the alias it is read under, its type and where its value comes from.</summary>
internal abstract class EventColumn(string name, string alias, NpgsqlDbType type)
{
    public string Name { get; } = name;

    /// <summary>The name the verifier reads the column under (the property of <c>Integrity.StoredEvent.Row</c>).</summary>
    public string Alias { get; } = alias;

    public NpgsqlDbType Type { get; } = type;

    /// <summary>Hands this column's value of <paramref name="row"/> to <paramref name="target"/>.</summary>
    public abstract ValueTask WriteAsync<TTarget>(ChainedRow row, TTarget target, CancellationToken cancellationToken)
        where TTarget : IColumnTarget;

    /// <summary>This column's values of every row of <paramref name="rows"/>, as one typed array parameter (for <c>unnest</c>).</summary>
    public abstract NpgsqlParameter ArrayOf(IReadOnlyList<ChainedRow> rows);
}

/// <summary>A column whose value is of type <typeparamref name="T"/>, written without boxing.</summary>
internal sealed class EventColumn<T>(string name, string alias, NpgsqlDbType type, Func<ChainedRow, T> value) : EventColumn(name, alias, type)
{
    public override ValueTask WriteAsync<TTarget>(ChainedRow row, TTarget target, CancellationToken cancellationToken) =>
        target.WriteAsync(value(row), Type, cancellationToken);

    public override NpgsqlParameter ArrayOf(IReadOnlyList<ChainedRow> rows)
    {
        var values = new T[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = value(rows[i]);
        }

        return new NpgsqlParameter<T[]> { TypedValue = values, NpgsqlDbType = NpgsqlDbType.Array | Type };
    }
}
