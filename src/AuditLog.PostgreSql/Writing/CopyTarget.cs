using AuditLog.PostgreSql.Schema;
using Npgsql;
using NpgsqlTypes;

namespace AuditLog.PostgreSql.Writing;

/// <summary>Writes a row's values into a binary COPY.</summary>
internal readonly struct CopyTarget(NpgsqlBinaryImporter importer) : IColumnTarget
{
    public ValueTask WriteAsync<T>(T value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        new(importer.WriteAsync(value, type, cancellationToken));
}
