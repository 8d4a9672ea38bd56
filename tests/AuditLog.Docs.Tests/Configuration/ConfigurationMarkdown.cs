using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using AuditLog.Kafka;
using AuditLog.PostgreSql;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AuditLog.Docs.Tests.Configuration;

/// <summary>
/// The configuration table of README.md, made from the options types themselves: every options class of the packages
/// (a public class with a <c>SectionName</c> constant), its public settable properties and bindable collections, each
/// one's default (read from a new instance), its meaning (its XML <c>&lt;summary&gt;</c>), its configuration key
/// (under the class's <c>SectionName</c>) and the <c>CDK_*</c> variables that set it. Keys and variables are found by
/// running the library's own binding with one key or variable set and seeing which option changes.
/// </summary>
internal static class ConfigurationMarkdown
{
    /// <summary>One type of each package whose options are documented.</summary>
    private static readonly Type[] Packages =
        [typeof(AuditLogOptions), typeof(PostgreSqlAuditOptions), typeof(KafkaExportOptions), typeof(AuditLogEndpointRouteBuilderExtensions)];

    private const string ElementIndex = "<n>";

    // Values a key or variable is set to in turn: a number, both truth values, a database URL, a client property line.
    private static readonly string[] Probes = ["7", "true", "false", "postgresql://probe-user:probe-password@probe-host:7/probe-db", "probe.key=7"];

    public static IReadOnlyList<Type> OptionsTypes { get; } = Packages
        .Select(type => type.Assembly)
        .Distinct()
        .SelectMany(assembly => assembly.GetExportedTypes())
        .Where(type => type is { IsClass: true, IsAbstract: false } && SectionName(type) is not null)
        .OrderBy(type => SectionName(type), StringComparer.Ordinal)
        .ToArray();

    /// <summary>Every option, as the path of its property (<c>AuditLog:Clusters:Clusters:&lt;n&gt;:Id</c>), with the property.</summary>
    public static IReadOnlyList<(string Path, PropertyInfo Property)> Settings(Type optionsType) =>
        Settings(optionsType, SectionName(optionsType)!).ToArray();

    /// <summary>Each <c>CDK_*</c> variable (clusters as <c>CDK_CLUSTERS_&lt;n&gt;_…</c>) and the paths of the options it sets.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> VariableKeys => Variables.Value;

    private static readonly Lazy<Dictionary<string, IReadOnlyList<string>>> Variables = new(FindVariableKeys);

    public static string Render()
    {
        var text = new StringBuilder();
        text.Append("<!-- Generated from the options types by ConfigurationMarkdown (tests/AuditLog.Docs.Tests). Do not edit: regenerate with ./build.sh docs -->\n");
        foreach (var type in OptionsTypes)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n**`{SectionName(type)}`** (`{type.Name}`, package {type.Assembly.GetName().Name}): {Cell(OptionsDocumentation.Summary(type))}\n\n");
            text.Append("| key | variable | default | meaning |\n| --- | --- | --- | --- |\n");
            var defaults = Activator.CreateInstance(type)!;
            foreach (var (path, property) in Settings(type))
            {
                var key = ConfigurationKey(path, property);
                var variables = VariableKeys.Where(v => v.Value.Contains(path)).OrderBy(v => v.Value.Count).Select(v => $"`{v.Key}`").ToArray();
                text.Append(CultureInfo.InvariantCulture,
                    $"| `{key}` | {(variables.Length == 0 ? "—" : string.Join(", ", variables))} | {Cell(Format(DefaultOf(property, defaults)))} | {Cell(OptionsDocumentation.Summary(property))} |\n");
            }
        }

        return text.ToString();
    }

    public static string? SectionName(Type type) =>
        type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field ? (string?)field.GetRawConstantValue() : null;

    private static IEnumerable<(string Key, PropertyInfo Property)> Settings(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            var key = $"{prefix}:{property.Name}";
            if (ElementOptionsType(property) is { } element)
            {
                foreach (var setting in Settings(element, $"{key}:{ElementIndex}"))
                {
                    yield return setting;
                }
            }
            else if (property.SetMethod is { IsPublic: true } || IsCollection(property.PropertyType))
            {
                yield return (key, property);
            }
        }
    }

    // A list of options objects (the clusters): documented by the element's properties, under an index.
    private static Type? ElementOptionsType(PropertyInfo property) =>
        property.PropertyType.IsGenericType
        && property.PropertyType.GetGenericTypeDefinition() == typeof(IList<>)
        && property.PropertyType.GetGenericArguments()[0] is { IsClass: true } element
        && element != typeof(string)
            ? element
            : null;

    private static bool IsCollection(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    // The property's value on a new options object; an element of a list, on a new element.
    private static object? DefaultOf(PropertyInfo property, object optionsDefaults) =>
        property.DeclaringType == optionsDefaults.GetType()
            ? property.GetValue(optionsDefaults)
            : property.GetValue(Activator.CreateInstance(property.DeclaringType!));

    private static readonly Lazy<Dictionary<string, string>> Unset = new(() => Snapshot(null));

    private static Dictionary<string, IReadOnlyList<string>> FindVariableKeys() =>
        CdkVariableNames().ToDictionary(v => v.Name, v => (IReadOnlyList<string>)Changed(v.ProbeName), StringComparer.Ordinal);

    // The paths of the options that change when the key or variable is set to one of the probes (an option not there counts as unset).
    private static string[] Changed(string name) => Probes
        .SelectMany(probe => TrySnapshot((name, probe)).Where(s => s.Value != Unset.Value.GetValueOrDefault(s.Key, "—")).Select(s => s.Key))
        .Distinct()
        .Order(StringComparer.Ordinal)
        .ToArray();

    // The configuration key that binds the option: its path, or, for an element of a list bound from the section's children
    // (the clusters), the path without the list's name. A collection is probed through its first entry.
    private static string ConfigurationKey(string path, PropertyInfo property)
    {
        var index = path.IndexOf($":{ElementIndex}", StringComparison.Ordinal);
        string[] candidates = index < 0 ? [path] : [path, path[..path.LastIndexOf(':', index - 1)] + path[index..]];
        var entry = typeof(IDictionary).IsAssignableFrom(property.PropertyType) ? ":probe" : IsCollection(property.PropertyType) ? ":0" : "";
        return candidates.FirstOrDefault(key => Changed(key.Replace(ElementIndex, "0", StringComparison.Ordinal) + entry).Contains(path))
            ?? throw new InvalidOperationException($"No configuration key binds the option {path}; tried {string.Join(", ", candidates)}.");
    }

    // The names of CdkVariables, the library's one list of them; a cluster's are CDK_CLUSTERS_<n>_<field>, probed as index 0.
    private static IEnumerable<(string Name, string ProbeName)> CdkVariableNames()
    {
        var type = typeof(AuditLogOptions).Assembly.GetType("AuditLog.Configuration.CdkVariables", throwOnError: true)!;
        var constants = type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .OrderBy(f => f.MetadataToken)
            .Select(f => (Name: f.Name, Value: (string)f.GetRawConstantValue()!))
            .ToArray();
        var clusters = constants.Single(c => c.Name == "ClustersPrefix").Value;
        foreach (var (_, value) in constants)
        {
            if (value == clusters)
            {
                continue;
            }

            yield return value.StartsWith("CDK_", StringComparison.Ordinal)
                ? (value, value)
                : ($"{clusters}{ElementIndex}_{value}", $"{clusters}0_{value}");
        }
    }

    // A probe the configuration binder cannot convert (text for a number) sets nothing.
    private static Dictionary<string, string> TrySnapshot((string Name, string Value) setting)
    {
        try
        {
            return Snapshot(setting);
        }
        catch (TargetInvocationException e) when (e.InnerException is InvalidOperationException)
        {
            return [];
        }
    }

    // Every option's value after the library's binding ran over a configuration holding at most one setting; validation is not run.
    private static Dictionary<string, string> Snapshot((string Name, string Value)? setting)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (setting is { } v)
        {
            values[v.Name] = v.Value;
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddAuditLog().AddPostgreSql().AddKafka();
        using var provider = services.BuildServiceProvider();

        var snapshot = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in OptionsTypes)
        {
            var options = Activator.CreateInstance(type)!;
            var configureType = typeof(IConfigureOptions<>).MakeGenericType(type);
            foreach (var configure in provider.GetServices(configureType))
            {
                configureType.GetMethod(nameof(IConfigureOptions<object>.Configure))!.Invoke(configure, [options]);
            }

            Flatten(options, SectionName(type)!, snapshot);
        }

        return snapshot;
    }

    private static void Flatten(object options, string prefix, Dictionary<string, string> snapshot)
    {
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var key = $"{prefix}:{property.Name}";
            if (ElementOptionsType(property) is not null)
            {
                foreach (var element in (IEnumerable)property.GetValue(options)!)
                {
                    Flatten(element, $"{key}:{ElementIndex}", snapshot);
                }
            }
            else if (property.SetMethod is { IsPublic: true } || IsCollection(property.PropertyType))
            {
                snapshot[key] = Format(property.GetValue(options));
            }
        }
    }

    private static string Format(object? value) => value switch
    {
        null => "—",
        string text => $"`{text}`",
        bool flag => flag ? "`true`" : "`false`",
        Enum member => $"`{member}`",
        TimeSpan duration => Duration(duration),
        IDictionary { Count: 0 } => "—",
        IDictionary dictionary => string.Join(", ", dictionary.Keys.Cast<object>().Select(k => $"`{k}={dictionary[k]}`")),
        IEnumerable items when !items.Cast<object>().Any() => "—",
        IEnumerable items => string.Join(", ", items.Cast<object>().Select(i => $"`{i}`")),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "—",
    };

    private static string Duration(TimeSpan duration) => duration switch
    {
        { Ticks: 0 } => "0",
        _ when duration < TimeSpan.FromSeconds(1) => $"{duration.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms",
        _ when duration.Ticks % TimeSpan.TicksPerDay == 0 => $"{duration.TotalDays.ToString(CultureInfo.InvariantCulture)} d",
        _ when duration.Ticks % TimeSpan.TicksPerHour == 0 => $"{duration.TotalHours.ToString(CultureInfo.InvariantCulture)} h",
        _ when duration.Ticks % TimeSpan.TicksPerMinute == 0 => $"{duration.TotalMinutes.ToString(CultureInfo.InvariantCulture)} min",
        _ => $"{duration.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s",
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
