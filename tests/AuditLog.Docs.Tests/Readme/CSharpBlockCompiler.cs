using System.Reflection;
using System.Text;
using AuditLog.Docs.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AuditLog.Docs.Tests.Readme;

/// <summary>
/// Compiles the <c>csharp</c> blocks of one Markdown file together, against the packages' assemblies, and reports
/// errors at the file's lines. Each block is its own source file, so its <c>using</c> directives are its own; the types
/// it declares are seen by the other blocks of the file; its statements become the body of an async method:
/// <list type="bullet">
/// <item>A plain block (statements inside a host's <c>Program.cs</c> or a handler) is given the prelude: the
/// usings of <see cref="PreludeUsings"/> and the variables <c>builder</c> (<c>WebApplicationBuilder</c>), <c>app</c>
/// (<c>WebApplication</c>), <c>auditLogger</c> (<c>IAuditLogger</c>), <c>cancellationToken</c> and <c>args</c>.</item>
/// <item>A block whose fence line says <c>```csharp program</c> is a whole <c>Program.cs</c>: only <c>args</c> and
/// the SDK's implicit usings (<c>System</c>, <c>System.Threading.Tasks</c>…), so its own usings must be complete.</item>
/// </list>
/// </summary>
internal static class CSharpBlockCompiler
{
    public const string WholeProgram = "program";

    public static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    public static readonly string[] PreludeUsings =
    [
        "AuditLog", "AuditLog.Resources", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Http",
        "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting",
    ];

    private const string PreludeParameters =
        "string[] args, WebApplicationBuilder builder, WebApplication app, IAuditLogger auditLogger, CancellationToken cancellationToken";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<MetadataReference[]> References = new(LoadReferences);

    public static bool IsCSharp(MarkdownCodeBlock block) => block.Language is "csharp" or "cs" or "c#";

    /// <summary>The errors of the file's blocks, each as <c>README.md:42: error CS0103: …</c>.</summary>
    public static IReadOnlyList<string> Errors(IReadOnlyList<MarkdownCodeBlock> blocks)
    {
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(string.Concat(ImplicitUsings.Select(u => $"global using {u};\n")), ParseOptions) };
        var errors = new List<string>();
        foreach (var block in blocks)
        {
            var parsed = CSharpSyntaxTree.ParseText(block.Text, ParseOptions, path: block.File);
            errors.AddRange(parsed.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => Describe(d, block.FirstLine - 1)));
            trees.Add(CSharpSyntaxTree.ParseText(Wrap(block, (CompilationUnitSyntax)parsed.GetRoot()), ParseOptions, path: $"{block.File}.{block.FirstLine}.cs"));
        }

        var compilation = CSharpCompilation.Create(
            "ReadmeBlocks",
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        errors.AddRange(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => Describe(d, 0)));
        return errors.Distinct().ToArray();
    }

    // Usings first, then the statements as a method's body, then the types; each under a #line naming its place in the file.
    private static string Wrap(MarkdownCodeBlock block, CompilationUnitSyntax unit)
    {
        var program = block.Info.Contains(WholeProgram);
        var source = new StringBuilder();
        if (!program)
        {
            source.AppendJoin("", PreludeUsings.Select(u => $"using {u};\n"));
        }

        foreach (var directive in unit.Usings)
        {
            source.Append(At(block, directive)).Append(directive).Append('\n');
        }

        source.Append("#line default\n")
            .Append($"internal static class Block{block.FirstLine}\n{{\n")
            .Append($"    internal static async Task RunAsync({(program ? "string[] args" : PreludeParameters)})\n    {{\n");
        foreach (var statement in unit.Members.OfType<GlobalStatementSyntax>())
        {
            source.Append(At(block, statement)).Append(statement).Append('\n');
        }

        source.Append("#line default\n        await Task.CompletedTask;\n    }\n}\n");
        foreach (var member in unit.Members.Where(m => m is not GlobalStatementSyntax))
        {
            source.Append(At(block, member)).Append(member).Append('\n');
        }

        return source.ToString();
    }

    private static string At(MarkdownCodeBlock block, SyntaxNode node) =>
        $"#line {block.FirstLine + node.GetLocation().GetLineSpan().StartLinePosition.Line} \"{block.File}\"\n";

    private static string Describe(Diagnostic diagnostic, int lineOffset)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        return $"{span.Path}:{span.StartLinePosition.Line + 1 + lineOffset}: error {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    // The runtime's assemblies and everything beside the tests (the packages, ASP.NET Core, Confluent.Kafka, Npgsql…).
    private static MetadataReference[] LoadReferences()
    {
        var platform = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var local = Directory.GetFiles(AppContext.BaseDirectory, "*.dll");
        return platform.Concat(local)
            .Where(IsManaged)
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(group => (MetadataReference)MetadataReference.CreateFromFile(group.First()))
            .ToArray();
    }

    private static bool IsManaged(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
