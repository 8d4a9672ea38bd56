using Npgsql;

namespace AuditLog.Cli.Connection;

/// <summary>
/// Reads <c>--connection</c>: an Npgsql connection string or a <c>postgresql://</c> URL (the form of
/// <c>CDK_DATABASE_URL</c>). Errors name the part that is wrong, never the text, which holds the password.
/// </summary>
internal static class ConnectionString
{
    private const string Expected = "must be an Npgsql connection string (Host=…;Database=…) or a postgresql://user:password@host:port/database URL";

    // libpq's query parameters that Npgsql spells differently; others are tried as Npgsql keywords.
    private static readonly Dictionary<string, string> LibpqNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["application_name"] = "Application Name",
        ["connect_timeout"] = "Timeout",
        ["target_session_attrs"] = "Target Session Attributes",
        ["options"] = "Options",
    };

    /// <summary>The Npgsql connection string for <paramref name="text"/>.</summary>
    /// <param name="text">The connection string or URL.</param>
    /// <param name="source">Where it came from, for messages: <c>--connection</c> or a setting's name.</param>
    /// <exception cref="CliException">The text is neither form.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string text, string source = "--connection")
    {
        text = text.Trim();
        return text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            ? FromUrl(text, source)
            : FromKeywords(text, source);
    }

    private static NpgsqlConnectionStringBuilder FromKeywords(string text, string source)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(text);
        }
        catch (ArgumentException)
        {
            // Npgsql's message may quote the offending part of the string, which can be the password.
            throw CliException.Usage($"{source} {Expected}.");
        }

        return string.IsNullOrWhiteSpace(builder.Host)
            ? throw CliException.Usage($"{source} {Expected} (the connection string has no Host).")
            : builder;
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string text, string source)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw CliException.Usage($"{source} {Expected}.");
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (database.Length == 0 || database.Contains('/', StringComparison.Ordinal))
        {
            throw CliException.Usage($"{source} {Expected} (the database name is missing).");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.IdnHost,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = database,
        };
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        foreach (var parameter in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? parameter : parameter[..equals]);
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(parameter[(equals + 1)..]);
            try
            {
                builder[LibpqNames.GetValueOrDefault(name, name)] = value;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
            {
                // Parameter names are not secret; their values may be.
                throw CliException.Usage($"{source} {Expected} (the URL parameter '{name}' is unknown or has an invalid value).");
            }
        }

        return builder;
    }
}
