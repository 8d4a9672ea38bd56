using System.Reflection;
using System.Text;

namespace AuditLog;

/// <summary>
/// Renders <c>docs/events.md</c> from the catalogue, so the documentation cannot drift from the code:
/// a test compares the committed file with <see cref="Render"/>, and <c>./build.sh docs</c> rewrites it.
/// </summary>
internal static class CatalogueMarkdown
{
    private const string EventHeader =
        "| Family | Event | Resource type | Address template | CloudEvents type | Description | Required metadata | C# entry |\n" +
        "| --- | --- | --- | --- | --- | --- | --- | --- |\n";

    /// <summary>The whole document, with '\n' line endings; the same catalogue always gives the same text.</summary>
    public static string Render()
    {
        var entries = EntryPaths();
        var md = new StringBuilder();
        md.Append("# Audit events\n\n")
            .Append("<!-- Generated from the typed catalogue by CatalogueMarkdown. Do not edit: regenerate with ./build.sh docs -->\n\n")
            .Append("This file is generated from the typed catalogue (`AuditEvents`, enumerated by `AuditCatalogue`); ")
            .Append("do not edit it by hand, regenerate it with `./build.sh docs`. A test fails while it is out of date.\n\n")
            .Append($"The catalogue holds {AuditCatalogue.All.Count} events: ")
            .Append(string.Join(", ", Enum.GetValues<AuditEventFamily>().Select(f => $"{AuditCatalogue.Family(f).Count()} {f.ToString().ToLowerInvariant()}")))
            .Append(". Every event records the parts of its resource's address as metadata, under the keys of its ")
            .Append("resource type (see [Resource types](#resource-types)); the required metadata column lists those keys, ")
            .Append("then the keys the event needs besides.\n");

        foreach (var family in Enum.GetValues<AuditEventFamily>())
        {
            var types = AuditCatalogue.Family(family).ToArray();
            md.Append($"\n## {family} events ({types.Length})\n\n").Append(Introduction(family)).Append('\n');
            foreach (var resourceType in types.Select(t => t.ResourceType).Distinct())
            {
                md.Append($"\n### {Text(resourceType.Name)}\n\n").Append(EventHeader);
                foreach (var type in types.Where(t => ReferenceEquals(t.ResourceType, resourceType)))
                {
                    var name = type.Detail is null ? Code(type.Name) : $"{Code(type.Name)} ({Text(type.Detail)})";
                    var metadata = string.Join(", ", type.ResourceType.MetadataKeys.Concat(type.RequiredMetadata).Select(Code));
                    Row(md, family.ToString(), name, Text(resourceType.Name), Code(resourceType.Template.Text), Code(type.CloudEventType), Text(type.Description), metadata, Code(entries[type]));
                }
            }
        }

        ConfluentMarkdown.Append(md, entries);

        md.Append("\n## Counterparts\n\n")
            .Append("A legacy event and the exportable event that record the same action (`AuditEventType.Counterpart`, ")
            .Append("both ways), so a host can record either. Legacy events not listed have no exportable counterpart.\n\n")
            .Append("| Legacy event | Exportable counterpart |\n")
            .Append("| --- | --- |\n");
        foreach (var type in AuditCatalogue.Family(AuditEventFamily.Legacy).Where(t => t.Counterpart is not null))
        {
            Row(md, Code(type.Name), Code(type.Counterpart!.Name));
        }

        md.Append("\n## Aliases\n\n")
            .Append("Other spellings found in Conduktor's changelogs (`AuditEventType.Aliases`). `AuditCatalogue.Find` resolves them ")
            .Append("(and `AuditCatalogue.FindByCloudEventType` their CloudEvents types) to the documented event; events are always written under its name.\n\n")
            .Append("| Alias | Event |\n")
            .Append("| --- | --- |\n");
        foreach (var type in AuditCatalogue.All)
        {
            foreach (var alias in type.Aliases)
            {
                Row(md, Code(alias), Code(type.Name));
            }
        }

        md.Append("\n## Resource types\n\n")
            .Append("Each resource type has one address template; `Format` validates and escapes each part ")
            .Append("(`%`, `/` and `=` become `%25`, `%2F` and `%3D`), a `<uuid>` is a lowercase UUID and an `<email>` an e-mail address. ")
            .Append("The last column says whose template it is: Conduktor documents the CRN of every legacy event but shows the ")
            .Append("`source` of only one exportable event (a topic's); the other exportable templates are ours, in the same style.\n\n")
            .Append("| Family | Resource type | C# record | Address template | Metadata keys | Template by |\n")
            .Append("| --- | --- | --- | --- | --- | --- |\n");
        foreach (var resourceType in AuditCatalogue.ResourceTypes)
        {
            var entryType = AuditCatalogue.All.First(t => ReferenceEquals(t.ResourceType, resourceType)).GetType();
            while (!entryType.IsGenericType)
            {
                entryType = entryType.BaseType!;
            }

            var record = entryType.GetGenericArguments()[0];
            Row(md, resourceType.Family.ToString(), Text(resourceType.Name), Code(record.Name), Code(resourceType.Template.Text), string.Join(", ", resourceType.MetadataKeys.Select(Code)), TemplateAuthor(resourceType));
        }

        return md.ToString();
    }

    private static string TemplateAuthor(AuditResourceType resourceType) => resourceType.Family switch
    {
        AuditEventFamily.Legacy => "Conduktor",
        AuditEventFamily.Security => "after Confluent",
        AuditEventFamily.Confluent => "Confluent",
        _ => resourceType.SourceShownByConduktor ? "Conduktor" : "ours",
    };

    private static string Introduction(AuditEventFamily family) => family switch
    {
        AuditEventFamily.Exportable =>
            "Conduktor Console's exportable events. Each is exported as a CloudEvents 1.0 event whose `type` is the " +
            "CloudEvents type below and whose `source` follows the address template.",
        AuditEventFamily.Legacy =>
            "Conduktor Console's legacy events, each about a resource addressed by a CRN.",
        AuditEventFamily.Security =>
            "Authentication and authorization decisions after Confluent Cloud's audit log model, including denied " +
            "attempts and checks made only to find out (dry runs), and the reads of the audit log itself (who searched " +
            "or exported it); the resource is addressed by a CRN. Create the decisions with `Record(...)`. They are written " +
            "in Conduktor's shape; for Confluent's own record schema use the Confluent family below.",
        AuditEventFamily.Confluent =>
            "Confluent Cloud's audit log event types, named by their CloudEvents `type` and written in Confluent's record " +
            "schema ([Confluent's event types](#confluents-event-types)). Create them with `Record(new ConfluentRecord(...))`.",
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, null),
    };

    internal static void Row(StringBuilder md, params string[] cells) =>
        md.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");

    // Plain text in a table cell: Markdown punctuation is backslash-escaped, HTML is written as entities.
    internal static string Text(string value) =>
        string.Concat(value.Select(c => c switch
        {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '\r' or '\n' => " ",
            '\\' or '`' or '*' or '_' or '[' or ']' or '|' => $"\\{c}",
            _ => c.ToString(),
        }));

    // A code span in a table cell: '|' still ends the cell unless escaped; the fence outgrows any backtick run.
    internal static string Code(string value)
    {
        var code = value.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
        var fence = new string('`', LongestRun(code, '`') + 1);
        var pad = code.StartsWith('`') || code.EndsWith('`') ? " " : string.Empty;
        return $"{fence}{pad}{code}{pad}{fence}";
    }

    private static int LongestRun(string value, char c)
    {
        int longest = 0, run = 0;
        foreach (var x in value)
        {
            run = x == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    // Where each entry is declared (AuditEvents.Kafka.Topic.Create), the name a host writes.
    private static Dictionary<AuditEventType, string> EntryPaths() =>
        AuditCatalogue.Groups.SelectMany(Members).ToDictionary(m => m.Type, m => m.Path);

    private static IEnumerable<(AuditEventType Type, string Path)> Members(Type group) =>
        group.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => typeof(AuditEventType).IsAssignableFrom(p.PropertyType))
            .Select(p => ((AuditEventType)p.GetValue(null)!, $"{PathOf(group)}.{p.Name}"))
            .Concat(group.GetNestedTypes(BindingFlags.Public).SelectMany(Members));

    private static string PathOf(Type type) => type.DeclaringType is null ? type.Name : $"{PathOf(type.DeclaringType)}.{type.Name}";
}
