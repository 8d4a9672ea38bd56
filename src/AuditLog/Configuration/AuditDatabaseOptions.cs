using AuditLog.Configuration;

namespace AuditLog;

/// <summary>
/// The PostgreSQL database: Conduktor's <c>CDK_DATABASE_URL</c> (<c>postgresql://user:password@host:port/db</c>)
/// or <c>CDK_DATABASE_HOST</c>, <c>_PORT</c>, <c>_NAME</c>, <c>_USERNAME</c>, <c>_PASSWORD</c>; or the
/// <c>AuditLog:Database</c> configuration section.
/// </summary>
public sealed class AuditDatabaseOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "AuditLog:Database";

    /// <summary>The server host (<c>CDK_DATABASE_HOST</c>).</summary>
    public string? Host { get; set; }

    /// <summary>The server port (<c>CDK_DATABASE_PORT</c>). Default 5432.</summary>
    [SettingRange(1, 65535, ErrorMessage = $"{CdkVariables.DatabasePort} (or {SectionName}:{nameof(Port)}) must be a port number from 1 to 65535.")]
    public int Port { get; set; } = 5432;

    /// <summary>The database name (<c>CDK_DATABASE_NAME</c>).</summary>
    public string? Name { get; set; }

    /// <summary>The user (<c>CDK_DATABASE_USERNAME</c>).</summary>
    public string? Username { get; set; }

    /// <summary>The password (<c>CDK_DATABASE_PASSWORD</c>). Never logged.</summary>
    public string? Password { get; set; }

    /// <summary>True when a host and a database name are known.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(Name);

    /// <inheritdoc />
    public override string ToString() => $"{Username}@{Host}:{Port}/{Name}";

    internal List<string> BindingErrors { get; } = [];
}
