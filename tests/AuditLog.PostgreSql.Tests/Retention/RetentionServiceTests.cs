using AuditLog.PostgreSql.Retention;
using AuditLog.PostgreSql.Tests.Integrity;
using AuditLog.PostgreSql.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AuditLog.PostgreSql.Tests.Retention;

[Collection(PostgreSqlCollection.Name)]
public sealed class RetentionServiceTests(PostgreSqlFixture postgres)
{
    private static readonly DateTimeOffset Now = new(2025, 3, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task With_a_retention_period_the_host_purges_old_events_once_started()
    {
        await using var store = await AuditStore.CreateAsync(postgres);
        var events = await Chains.AppendAsync(store.ConnectionString, Guid.NewGuid(), [Now.AddDays(-9), Now.AddDays(-8), Now.AddDays(-1)]);
        using var host = Host(store.ConnectionString, o => o.RetentionPeriod = TimeSpan.FromDays(7));

        await host.StartAsync();
        var remaining = await EventuallyAsync(() => Sql.IdsAsync(store.ConnectionString, "SELECT id FROM auditlog.events"), ids => ids.Count == 1);
        await host.StopAsync();

        remaining.Should().Equal(events[2].Id);
    }

    [Fact]
    public async Task Every_retention_interval_the_host_purges_again_with_the_cut_off_moved_on()
    {
        await using var store = await AuditStore.CreateAsync(postgres);
        var events = await Chains.AppendAsync(store.ConnectionString, Guid.NewGuid(), [Now.AddDays(-8), Now.AddDays(-6), Now.AddDays(-1)]);
        var clock = new FakeTimeProvider(Now);
        using var host = Host(
            store.ConnectionString,
            o =>
            {
                o.RetentionPeriod = TimeSpan.FromDays(7);
                o.RetentionInterval = TimeSpan.FromDays(1);
            },
            clock);

        await host.StartAsync();
        var afterStart = await EventuallyAsync(() => IdsInChainOrderAsync(store.ConnectionString), ids => ids.Count == 2);
        // A day and an hour later the six-day-old event is older than the seven-day period, and the interval has elapsed.
        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));
        var afterInterval = await EventuallyAsync(() => IdsInChainOrderAsync(store.ConnectionString), ids => ids.Count == 1);
        await host.StopAsync();

        afterStart.Should().Equal(events[1].Id, events[2].Id);
        afterInterval.Should().Equal(events[2].Id);
    }

    [Fact]
    public async Task Without_a_retention_period_the_host_keeps_every_event()
    {
        await using var store = await AuditStore.CreateAsync(postgres);
        await Chains.AppendAsync(store.ConnectionString, Guid.NewGuid(), [Now.AddDays(-900), Now.AddDays(-1)]);
        using var host = Host(store.ConnectionString, _ => { });

        await host.StartAsync();
        var service = host.Services.GetServices<IHostedService>().OfType<AuditRetentionService>().Single();
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));
        await host.StopAsync();

        (await Sql.ScalarAsync<long>(store.ConnectionString, "SELECT count(*) FROM auditlog.events")).Should().Be(2);
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(-1.0, 1.0)]
    [InlineData(7.0, 0.0)]
    public async Task Retention_options_out_of_range_stop_the_host_from_starting(double periodDays, double intervalHours)
    {
        var connectionString = await postgres.NewDatabaseAsync();
        using var host = Host(connectionString, o =>
        {
            o.RetentionPeriod = TimeSpan.FromDays(periodDays);
            o.RetentionInterval = TimeSpan.FromHours(intervalHours);
        });

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("Retention");
    }

    private static IHost Host(string connectionString, Action<PostgreSqlAuditOptions> configure, FakeTimeProvider? clock = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton<TimeProvider>(clock ?? new FakeTimeProvider(Now));
        // The host needs a sink to start; these tests only watch retention, so one that discards will do.
        builder.Services.AddAuditLog().AddSink(new DiscardingSink()).AddPostgreSql(connectionString, configure);
        return builder.Build();
    }

    private static Task<List<Guid>> IdsInChainOrderAsync(string connectionString) =>
        Sql.IdsAsync(connectionString, "SELECT id FROM auditlog.events ORDER BY sequence");

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            value = await read();
        }

        return value;
    }

    private sealed class DiscardingSink : IAuditSink
    {
        public AuditSinkCompletion Completion => AuditSinkCompletion.OnAccepted;

        public Task WriteAsync(IReadOnlyList<AuditEvent> batch, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
