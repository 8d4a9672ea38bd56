using System.Globalization;
using Npgsql;

namespace AuditLog.Testing.PostgreSql;

/// <summary>Converts between <c>postgresql://user:password@host:port/database</c> URLs and Npgsql connection strings.</summary>
internal static class DatabaseUrl
{
    private const int DefaultPort = 5432;

    /// <summary>Reads a URL; the query string may carry <c>sslmode</c>, anything else in it is ignored.</summary>
    /// <exception cref="FormatException">The text is not such a URL; the message never repeats it, as it may hold a password.</exception>
    internal static NpgsqlConnectionStringBuilder Parse(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("postgresql" or "postgres") || uri.Host.Length == 0)
        {
            throw new FormatException(
                $"{PostgreSqlServer.DatabaseUrlVariable} must have the form postgresql://user:password@host:port/database.");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.IdnHost,
            Port = uri.Port > 0 ? uri.Port : DefaultPort,
        };

        string[] userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }

        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        string database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        builder.Database = database.Length > 0 ? database : "postgres";

        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = pair.Split('=', 2);
            if (parts.Length == 2 && parts[0] == "sslmode")
            {
                builder.SslMode = Enum.Parse<SslMode>(parts[1].Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
            }
        }

        return builder;
    }

    /// <summary>Writes a URL for the connection string's host, port, user, password (if any) and database.</summary>
    internal static string Format(NpgsqlConnectionStringBuilder builder)
    {
        string host = builder.Host ?? "localhost";
        if (host.Contains(':', StringComparison.Ordinal))
        {
            host = $"[{host}]";
        }

        string user = Uri.EscapeDataString(builder.Username ?? string.Empty);
        string password = string.IsNullOrEmpty(builder.Password) ? string.Empty : ":" + Uri.EscapeDataString(builder.Password);
        string port = builder.Port.ToString(CultureInfo.InvariantCulture);
        return $"postgresql://{user}{password}@{host}:{port}/{Uri.EscapeDataString(builder.Database ?? string.Empty)}";
    }
}
