namespace AuditLog.TestSupport;

/// <summary>
/// Finds the dll of a helper program built beside a test project (referenced with <c>ReferenceOutputAssembly=false</c>),
/// for the configuration and target framework the running test assembly was built for.
/// </summary>
internal static class SiblingProgram
{
    // tests/<test project>/bin/<configuration>/<framework>/ → <folder>/<name>/bin/<configuration>/<framework>/<name>.dll
    public static string Locate(string name, string folder = "tests")
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (output.Name, output.Parent!.Name);
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "AuditLog.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException($"No AuditLog.sln above {output.FullName}.");
        }

        var dll = Path.Combine(root.FullName, folder, name, "bin", configuration, framework, name + ".dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"{name} is not built for {configuration}/{framework}; build the test project.", dll);
    }
}
