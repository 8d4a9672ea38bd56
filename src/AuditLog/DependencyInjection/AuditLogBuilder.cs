namespace Microsoft.Extensions.DependencyInjection;

internal sealed class AuditLogBuilder(IServiceCollection services) : IAuditLogBuilder
{
    public IServiceCollection Services { get; } = services;
}
