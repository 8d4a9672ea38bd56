using AuditLog.PostgreSql.Schema;
using Npgsql;

namespace AuditLog.PostgreSql;

/// <summary>The audit log's database: the data source, the schema and the options, shared by the sink and the store.</summary>
internal sealed class AuditDatabase(NpgsqlDataSource dataSource, PostgreSqlAuditOptions options, bool ownsDataSource) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource { get; } = dataSource;

    public PostgreSqlAuditOptions Options { get; } = options;

    public SchemaName Schema { get; } = SchemaName.Parse(options.Schema);

    /// <summary>The quoted, schema-qualified name of one of the audit tables.</summary>
    public string Table(string table) => Schema.Table(table);

    /// <summary>Disposes the data source when this made it (never one the host registered).</summary>
    public ValueTask DisposeAsync() => ownsDataSource ? DataSource.DisposeAsync() : ValueTask.CompletedTask;
}
