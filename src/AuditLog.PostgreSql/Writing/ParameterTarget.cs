using AuditLog.PostgreSql.Schema;
using Npgsql;
using NpgsqlTypes;

namespace AuditLog.PostgreSql.Writing;

/// <summary>Adds a row's values as positional parameters of an INSERT.</summary>
internal readonly struct ParameterTarget(NpgsqlParameterCollection parameters) : IColumnTarget
{
    public ValueTask WriteAsync<T>(T value, NpgsqlDbType type, CancellationToken cancellationToken)
    {
        parameters.Add(new NpgsqlParameter<T> { TypedValue = value, NpgsqlDbType = type });
        return ValueTask.CompletedTask;
    }
}
