using System.Collections;
using Microsoft.Extensions.Configuration;

namespace AuditLog.Configuration;

/// <summary>
/// The flat <c>CDK_*</c> variables: from the host's configuration when it has them (a host's
/// configuration normally includes the environment), else straight from the environment.
/// </summary>
internal sealed class CdkVariableSource
{
    private readonly Dictionary<string, string> variables;

    public CdkVariableSource(IConfiguration? configuration)
    {
        variables = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string key && key.StartsWith("CDK_", StringComparison.OrdinalIgnoreCase) && entry.Value is string value)
            {
                variables[key] = value;
            }
        }

        foreach (var (key, value) in configuration?.AsEnumerable() ?? [])
        {
            if (key.StartsWith("CDK_", StringComparison.OrdinalIgnoreCase) && !key.Contains(':', StringComparison.Ordinal) && value is not null)
            {
                variables[key] = value;
            }
        }
    }

    public string? this[string name] => variables.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public IEnumerable<string> Names => variables.Keys;
}
