namespace AuditLog.AspNetCore.Tests.Support;

/// <summary>The sample log behind the API, started once for the read-only tests of the collection.</summary>
public sealed class SharedApp(PostgreSqlFixture postgres) : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private AuditWebApp? app;

    public async Task<AuditWebApp> GetAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (app is null)
            {
                app = await AuditWebApp.StartAsync(await postgres.NewDatabaseAsync());
                await SampleEvents.WriteAsync(app.Logger);
            }

            return app;
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        gate.Dispose();
    }
}
