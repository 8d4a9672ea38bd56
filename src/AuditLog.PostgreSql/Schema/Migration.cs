using System.Globalization;
using System.Reflection;

namespace AuditLog.PostgreSql.Schema;

/// <summary>One versioned migration: an embedded <c>Schema/Migrations/NNNN_description.sql</c> file.</summary>
internal sealed record Migration(int Version, string Description, string Sql)
{
    private const string Prefix = "AuditLog.PostgreSql.Migrations.";

    /// <summary>Every migration shipped in the assembly, in version order.</summary>
    public static IReadOnlyList<Migration> All { get; } = Load();

    public string SqlFor(SchemaName schema) => Sql.Replace("{schema}", schema.Quoted, StringComparison.Ordinal);

    private static Migration[] Load()
    {
        var assembly = typeof(Migration).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Read(assembly, name))
            .OrderBy(m => m.Version)
            .ToArray();
    }

    private static Migration Read(Assembly assembly, string resource)
    {
        var file = resource[Prefix.Length..^".sql".Length];
        var underscore = file.IndexOf('_', StringComparison.Ordinal);
        var version = int.Parse(file[..underscore], NumberStyles.None, CultureInfo.InvariantCulture);
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        return new Migration(version, file[(underscore + 1)..].Replace('_', ' '), reader.ReadToEnd());
    }
}
