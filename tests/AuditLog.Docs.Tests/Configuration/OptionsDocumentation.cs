using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace AuditLog.Docs.Tests.Configuration;

/// <summary>The <c>&lt;summary&gt;</c> of a type or member, from the XML documentation file built beside its assembly, as Markdown.</summary>
internal static partial class OptionsDocumentation
{
    private static readonly Dictionary<string, XDocument> Files = [];

    public static string Summary(Type type) => Summary(type, $"T:{type.FullName}");

    public static string Summary(System.Reflection.PropertyInfo property) =>
        Summary(property.DeclaringType!, $"P:{property.DeclaringType!.FullName}.{property.Name}");

    private static string Summary(Type type, string id)
    {
        var summary = Load(type).Descendants("member")
            .FirstOrDefault(m => (string?)m.Attribute("name") == id)?
            .Element("summary");
        if (summary is null)
        {
            throw new InvalidOperationException($"{id} has no <summary> in the XML documentation of {type.Assembly.GetName().Name}.");
        }

        return Whitespace().Replace(ToMarkdown(summary), " ").Trim();
    }

    private static XDocument Load(Type type)
    {
        var path = Path.ChangeExtension(type.Assembly.Location, ".xml");
        lock (Files)
        {
            if (!Files.TryGetValue(path, out var document))
            {
                Files[path] = document = XDocument.Load(path);
            }

            return document;
        }
    }

    private static string ToMarkdown(XElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            text.Append(node switch
            {
                XText t => t.Value,
                XElement { Name.LocalName: "c" } c => $"`{c.Value}`",
                XElement { Name.LocalName: "see" } see when see.Attribute("langword") is { } word => $"`{word.Value}`",
                XElement { Name.LocalName: "see" } see when see.Attribute("cref") is { } cref => $"`{ShortName(cref.Value)}`",
                XElement { Name.LocalName: "paramref" or "typeparamref" } p => $"`{(string?)p.Attribute("name")}`",
                XElement other => ToMarkdown(other),
                _ => "",
            });
        }

        return text.ToString();
    }

    // "T:AuditLog.AuditQueueFullPolicy" → AuditQueueFullPolicy; "F:AuditLog.AuditQueueFullPolicy.Wait" → AuditQueueFullPolicy.Wait.
    private static string ShortName(string cref)
    {
        var name = cref[(cref.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var parameters = name.IndexOf('(', StringComparison.Ordinal);
        var parts = (parameters < 0 ? name : name[..parameters]).Split('.');
        return cref.StartsWith("T:", StringComparison.Ordinal) ? parts[^1] : string.Join('.', parts[^2..]);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
