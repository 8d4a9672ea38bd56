using Microsoft.AspNetCore.Http;

namespace AuditLog.AspNetCore.Http;

/// <summary>An invalid request parameter, reported as RFC 9457 problem details naming it, never echoing its value.</summary>
internal sealed class ParameterProblem(string parameter, string rule) : Exception($"{parameter} {rule}.")
{
    public string Parameter { get; } = parameter;

    public string Rule { get; } = rule;

    public IResult ToResult() => Results.ValidationProblem(
        new Dictionary<string, string[]> { [Parameter] = [$"{Parameter} {Rule}."] },
        title: $"The parameter {Parameter} is invalid.",
        detail: $"{Parameter} {Rule}.",
        extensions: new Dictionary<string, object?> { ["parameter"] = Parameter });
}
