using System.CommandLine;
using System.Text.RegularExpressions;

namespace AuditLog.Cli.Connection;

/// <summary>The options every command that touches the database shares: <c>--connection</c> and <c>--schema</c>.</summary>
internal sealed partial class ConnectionOptions
{
    /// <summary>The schema the audit tables live in unless <c>--schema</c> says otherwise.</summary>
    public const string DefaultSchema = "auditlog";

    // No default value: help must never show one, since it would be a connection string.
    private readonly Option<string> connection = new("--connection", "-c")
    {
        Description = "The database: an Npgsql connection string (Host=…;Database=…;Username=…) or a " +
            "postgresql://user:password@host:port/database URL. Default: CDK_DATABASE_URL, else CDK_DATABASE_HOST, " +
            "_PORT, _NAME, _USERNAME and _PASSWORD.",
        HelpName = "connection",
    };

    private readonly Option<string> schema = new("--schema")
    {
        Description = "The schema holding the audit tables.",
        HelpName = "name",
        DefaultValueFactory = _ => DefaultSchema,
    };

    public ConnectionOptions()
    {
        schema.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } value && !SchemaPattern().IsMatch(value))
            {
                result.AddError("--schema must be a lower-case identifier of 1 to 63 letters, digits and '_', starting with a letter or '_'.");
            }
        });
    }

    /// <summary>Adds both options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(connection);
        command.Options.Add(schema);
    }

    /// <summary>The connection text given on the command line, if any, and the schema.</summary>
    public (string? Connection, string Schema) Read(ParseResult parseResult) =>
        (parseResult.GetValue(connection), parseResult.GetValue(schema) ?? DefaultSchema);

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemaPattern();
}
