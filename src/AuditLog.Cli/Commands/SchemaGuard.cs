using AuditLog.Cli.Connection;
using AuditLog.PostgreSql;

namespace AuditLog.Cli.Commands;

/// <summary>
/// Checks the schema before reading it, so a database that was never migrated, or was migrated by a newer
/// release, gets a sentence saying what to do instead of "relation does not exist".
/// </summary>
internal static class SchemaGuard
{
    public static async Task EnsureCurrentAsync(AuditServices services, CancellationToken cancellationToken)
    {
        var version = await services.Get<AuditSchemaMigrator>().GetVersionAsync(cancellationToken).ConfigureAwait(false);
        var latest = AuditSchemaMigrator.LatestVersion;
        if (version == 0)
        {
            throw CliException.Failure($"The database {services.Database} has no audit schema {services.Schema}: run 'auditlog migrate' first, or pass the right --schema.");
        }

        if (version < latest)
        {
            throw CliException.Failure($"The audit schema {services.Schema} is at version {version}; run 'auditlog migrate' to upgrade it to version {latest}.");
        }

        if (version > latest)
        {
            throw CliException.Failure($"The audit schema {services.Schema} is at version {version}, newer than this tool knows ({latest}): update the tool.");
        }
    }
}
