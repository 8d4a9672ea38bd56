namespace AuditLog.Sample;

/// <summary>
/// The sample's command line: <c>[--output DIR] [--web]</c>. Everything else comes from the <c>CDK_*</c> variables
/// (and, with <c>--web</c>, <c>ASPNETCORE_URLS</c>).
/// </summary>
internal sealed record SampleArguments(string OutputDirectory, bool Help, bool Web = false)
{
    public const string DefaultOutput = "./audit-export";

    public const string Usage =
        "usage: AuditLog.Sample [--output DIR] [--web]   (--output: default ./audit-export; --web: then serve the audit log's page until Ctrl+C, on http://127.0.0.1:5080 unless ASPNETCORE_URLS says otherwise; servers from CDK_DATABASE_*, CDK_CLUSTERS_*, CDK_AUDITLOGPUBLISHER_*, embedded when unset)";

    /// <exception cref="SampleException">An argument the sample does not know, or <c>--output</c> without a folder (exit code 2).</exception>
    public static SampleArguments Parse(IReadOnlyList<string> args)
    {
        var output = DefaultOutput;
        var web = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    return new(output, Help: true);
                case "--output" when i + 1 < args.Count && !string.IsNullOrWhiteSpace(args[i + 1]):
                    output = args[++i];
                    break;
                case var arg when arg.StartsWith("--output=", StringComparison.Ordinal) && arg.Length > "--output=".Length:
                    output = arg["--output=".Length..];
                    break;
                case "--web":
                    web = true;
                    break;
                case "--output":
                    throw new SampleException(Failure.Configuration, $"--output needs a folder. {Usage}");
                default:
                    throw new SampleException(Failure.Configuration, $"Unknown argument '{args[i]}'. {Usage}");
            }
        }

        return new(output, Help: false, web);
    }
}
