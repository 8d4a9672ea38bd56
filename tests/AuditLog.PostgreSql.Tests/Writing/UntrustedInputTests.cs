using System.Text;
using System.Text.Json;
using AuditLog.PostgreSql.Reading;
using AuditLog.PostgreSql.Tests.Support;
using AuditLog.Resources;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AuditLog.PostgreSql.Tests.Writing;

/// <summary>Hostile input against a real server: refused at the door, never failing its neighbours, never stored in clear.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class UntrustedInputTests(PostgreSqlFixture postgres)
{
    private static readonly Func<AuditEvent, AuditEvent>[] Spoilers =
    [
        e => e.WithMetadata("note", "nul\0inside"),
        e => e with { Outcome = AuditOutcome.Failure("nul\0inside") },
        e => e with { Actor = AuditActor.User("alice\uD800@example.com") },
        e => e.WithMetadata("parsed", JsonDocument.Parse("{\"k\":\"x\\ud800y\"}").RootElement.Clone()),
        e => e with { CorrelationId = "corr\uDC00" },
    ];

    [Fact]
    public async Task Events_the_database_would_refuse_fail_only_their_callers_and_every_neighbour_is_stored()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        await using var services = await AuditLogServices.StartAsync(connectionString);
        var attempts = Enumerable.Range(0, 320).Select(i =>
        {
            var good = Topic($"topic-{i}");
            return (Bad: i % 10 < Spoilers.Length && i % 2 == 1, Event: i % 10 < Spoilers.Length && i % 2 == 1 ? Spoilers[i % Spoilers.Length](good) : good);
        }).ToList();

        var outcomes = await Task.WhenAll(attempts.Select(async a =>
        {
            try
            {
                await services.Logger.LogAsync(a.Event);
                return (a.Bad, Error: (Exception?)null);
            }
            catch (Exception e)
            {
                return (a.Bad, Error: e);
            }
        }));

        outcomes.Where(o => o.Bad).Should().OnlyContain(o => o.Error is AuditValidationException);
        outcomes.Where(o => !o.Bad).Should().OnlyContain(o => o.Error == null);
        (await CountAsync(connectionString, "SELECT count(*) FROM auditlog.events")).Should().Be(outcomes.Count(o => !o.Bad));
    }

    [Fact]
    public async Task Metadata_nested_to_the_limit_is_stored_verifies_intact_and_exports()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        await using var services = await AuditLogServices.StartAsync(connectionString);
        var deep = JsonDocument.Parse(new string('[', AuditMetadata.MaxDepth) + "1" + new string(']', AuditMetadata.MaxDepth),
            new JsonDocumentOptions { MaxDepth = AuditMetadata.MaxDepth + 1 }).RootElement.Clone();
        var logged = await services.Logger.LogAsync(Topic("deep").WithMetadata("deep", deep));
        var store = services.Services.GetRequiredService<PostgreSqlAuditStore>();

        var verification = await services.Services.GetRequiredService<AuditIntegrityVerifier>().VerifyAsync();
        var read = await store.GetAsync(logged.Id);
        using var csv = new MemoryStream();
        using var json = new MemoryStream();
        var csvCount = await store.ExportAsync(new AuditQuery(), AuditExportFormat.Csv, csv);
        var jsonCount = await store.ExportAsync(new AuditQuery(), AuditExportFormat.Json, json);

        verification.IsIntact.Should().BeTrue();
        read!.Metadata["deep"].GetRawText().Should().Be(deep.GetRawText());
        (csvCount, jsonCount).Should().Be((1L, 1L));
    }

    [Fact]
    public async Task No_stored_payload_holds_a_credential_in_clear()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        await using var services = await AuditLogServices.StartAsync(connectionString);
        AuditEvent[] events =
        [
            Topic("a").WithMetadata("Authorization", "Bearer hunter2"),
            Topic("b").WithMetadata("Proxy-Authorization", "Basic hunter2"),
            Topic("c").WithMetadata("Cookie", "session=hunter2"),
            Topic("d").WithMetadata("pwd", "hunter2"),
            Topic("e").WithMetadata("connection.url", "jdbc:postgresql://db/x?user=a&password=hunter2"),
            Topic("f").WithMetadata("target", "postgresql://user:hunter2@host/db"),
            Topic("g").WithMetadata("pa\u200Bssword", "hunter2"),
            Topic("h").WithMetadata("p\u0430ssword", "hunter2"),
            Topic("i") with { Outcome = AuditOutcome.Failure("login failed for password=hunter2") },
        ];

        foreach (var auditEvent in events)
        {
            await services.Logger.LogAsync(auditEvent);
        }

        (await CountAsync(connectionString, "SELECT count(*) FROM auditlog.events")).Should().Be(events.Length);
        (await CountAsync(connectionString, "SELECT count(*) FROM auditlog.events WHERE payload LIKE '%hunter2%'")).Should().Be(0);
    }

    private static AuditEvent Topic(string name) =>
        AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", name), AuditActor.User("alice@example.com"));

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
