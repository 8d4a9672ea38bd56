using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace AuditLog.Configuration;

/// <summary>Set bootstrap servers must be a comma-separated list of <c>host:port</c> (IPv6 hosts in brackets).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class BootstrapServersAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is string servers && !string.IsNullOrWhiteSpace(servers) && !servers.Split(',', StringSplitOptions.TrimEntries).All(IsHostAndPort)
            ? new ValidationResult(
                $"{KafkaClusterOptions.SettingName(validationContext, CdkVariables.ClusterBootstrapServers)} must be a comma-separated list of host:port.")
            : ValidationResult.Success;

    private static bool IsHostAndPort(string server)
    {
        var colon = server.LastIndexOf(':');
        return colon > 0
            && int.TryParse(server[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            && port is >= 1 and <= 65535;
    }
}
