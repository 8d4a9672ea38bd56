using NpgsqlTypes;

namespace AuditLog.PostgreSql.Schema;

/// <summary>Where a row's values go, one column after another: a binary COPY, or an INSERT's parameters.</summary>
internal interface IColumnTarget
{
    ValueTask WriteAsync<T>(T value, NpgsqlDbType type, CancellationToken cancellationToken);
}
