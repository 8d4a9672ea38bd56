// A host application that manages Kafka records what its users do, the way Conduktor Console would: PostgreSQL is the
// system of record (LogAsync returns once the event is committed, in a hash chain), and a relay publishes every
// committed event to the audit topic as a CloudEvent, exactly once. The sample then reads the events back (queries,
// one event in full, the integrity check, the topic with its chain links checked) and exports them to --output.
//
// Configured like any host, from the CDK_* variables (CDK_DATABASE_*, CDK_CLUSTERS_*, CDK_AUDITLOGPUBLISHER_*); what
// is not configured is embedded: a throwaway PostgreSQL, an in-process mock Kafka cluster.
// Exit codes: 0 when everything worked, 2 for configuration, 1 for a failure while running; a failure is one line.
using System.Diagnostics;
using System.Globalization;
using AuditLog;
using AuditLog.Kafka;
using AuditLog.Kafka.Configuration;
using AuditLog.PostgreSql;
using AuditLog.Sample;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

var report = Report.ForConsole();
var databaseOrigin = "";
try
{
    var arguments = SampleArguments.Parse(args);
    if (arguments.Help)
    {
        Console.WriteLine(SampleArguments.Usage);
        return 0;
    }

    await RunAsync(arguments.OutputDirectory, arguments.Web);
    return 0;
}
catch (Exception exception)
{
    var failure = Failure.Describe(exception, databaseOrigin);
    await Console.Error.WriteLineAsync(failure.Line);
    return failure.ExitCode;
}

async Task RunAsync(string outputDirectory, bool web)
{
    // With --web the host is a web application: the same registration, plus the audit log's page and API.
    IHostApplicationBuilder builder = web ? WebApplication.CreateBuilder() : Host.CreateApplicationBuilder(args);
    // Warnings and errors of the library reach the console as one line each; the sample reports its own failures.
    builder.Logging.ClearProviders()
        .AddProvider(new OneLineLoggerProvider(Console.Error))
        .SetMinimumLevel(LogLevel.Warning)
        .AddFilter("Microsoft.Extensions.Hosting", LogLevel.None)
        .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None)
        // librdkafka reports an unreachable broker every few milliseconds; the relay's warnings already say it, once a session.
        .AddFilter("AuditLog.Kafka.Librdkafka", LogLevel.None);

    await using var embedded = await EmbeddedServers.StartAsync(builder.Configuration, CancellationToken.None);
    databaseOrigin = embedded.Settings.ContainsKey("CDK_DATABASE_URL") ? "" : "CDK_DATABASE_URL (or CDK_DATABASE_HOST…)";
    report.Line(embedded.Description);
    builder.Configuration.AddInMemoryCollection(embedded.Settings);

    // The registration of a host application.
    builder.Services.AddAuditLog().AddPostgreSql().AddKafka();
    using var host = builder is WebApplicationBuilder webBuilder ? BuildWeb(webBuilder) : ((HostApplicationBuilder)builder).Build();

    // Configuration is checked before anything is written: a wrong variable fails here, and the message names it.
    var publisher = host.Services.GetRequiredService<IOptions<AuditLogPublisherOptions>>().Value;
    if (!publisher.IsEnabled)
    {
        throw new SampleException(Failure.Configuration,
            "The sample exports to Kafka: set CDK_AUDITLOGPUBLISHER_CLUSTER (the CDK_CLUSTERS_<n>_ID of a cluster) and CDK_AUDITLOGPUBLISHER_TOPICNAME, or unset CDK_CLUSTERS_* to use the embedded cluster.");
    }

    if (host.Services.GetRequiredService<IOptions<KafkaClustersOptions>>().Value.Find(publisher.Cluster!) is null)
    {
        throw new SampleException(Failure.Configuration,
            $"CDK_AUDITLOGPUBLISHER_CLUSTER is '{publisher.Cluster}', which no CDK_CLUSTERS_<n>_ID registers: register that cluster or name one that is.");
    }

    embedded.CreateTopic(publisher);
    // A host would let the start-up migrate (and retry later); the sample wants an unreachable database to fail at once.
    await host.Services.GetRequiredService<AuditSchemaMigrator>().MigrateAsync();
    await host.StartAsync();
    try
    {
        await TellAsync(host, publisher, embedded, outputDirectory);
        if (web)
        {
            var urls = string.Join(", ", ((WebApplication)host).Urls.Select(u => u.TrimEnd('/') + "/audit/"));
            report.Line($"Browse, filter, search and inspect the audit log at {urls} (this sample opens it to anonymous readers on loopback only; Ctrl+C stops).");
            await host.WaitForShutdownAsync();
        }
    }
    finally
    {
        // Stopped before the embedded servers go, so that no client of the host reports them gone.
        await host.StopAsync(CancellationToken.None);
    }
}

async Task TellAsync(IHost host, AuditLogPublisherOptions publisher, EmbeddedServers embedded, string outputDirectory)
{
    var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

    // 1. The story.
    report.Heading("The story, recorded: LogAsync returns once each event is committed to PostgreSQL");
    var logger = host.Services.GetRequiredService<IAuditLogger>();
    var recorded = new List<AuditEvent>();
    var story = new List<IReadOnlyList<string>>();
    foreach (var (step, auditEvent) in Scenario.Steps())
    {
        var stored = await logger.LogAsync(auditEvent, stopping);
        recorded.Add(stored);
        story.Add([EventView.Time(stored), step, stored.Type.Name]);
    }

    report.Table(["time (UTC)", "what happened", "event"], story);

    // 2. Queries: the events of this run (since its first event), newest first.
    var store = host.Services.GetRequiredService<PostgreSqlAuditStore>();
    var since = recorded[0].Time;
    var queries = new (string Title, AuditQuery Query)[]
    {
        ($"Resources under //kafka/kafkacluster/production/topic/{Scenario.Topic.Name}",
            new AuditQuery { From = since, ResourcePrefix = $"//kafka/kafkacluster/production/topic/{Scenario.Topic.Name}" }),
        ($"Legacy (CRN) events by {Scenario.Alice.Id}",
            new AuditQuery { From = since, Actor = Scenario.Alice.Id, Families = [AuditEventFamily.Legacy] }),
        ("Denied", new AuditQuery { From = since, Outcome = OutcomeStatus.Denied }),
    };
    var queryCounts = new List<string>();
    foreach (var (title, query) in queries)
    {
        var found = new List<AuditEvent>();
        await foreach (var stored in store.QueryAsync(query, stopping))
        {
            found.Add(stored);
        }

        report.Heading($"Query: {title} ({found.Count})");
        report.Table(EventView.Headers, found.Select(EventView.Row));
        queryCounts.Add($"{title}: {found.Count}");
    }

    // 3. One event in full, as stored: the connector's secret never reached the database.
    var connectorCreated = recorded.First(e => e.Type == AuditEvents.Kafka.Connector.Create);
    var inspected = await store.GetAsync(connectorCreated.Id, stopping)
        ?? throw new SampleException(Failure.Runtime, $"Event {connectorCreated.Id} was recorded but is not in the database.");
    report.Heading("Inspect: one event in full");
    report.Details(EventView.Inspect(inspected));

    // 4. Tamper evidence: every writer's hash chain in the database.
    var verification = await host.Services.GetRequiredService<AuditIntegrityVerifier>().VerifyAsync(stopping);
    if (!verification.IsIntact)
    {
        throw new SampleException(Failure.Runtime, $"Integrity check failed: {verification.FirstViolation?.Description}");
    }

    var integrity = $"intact: {verification.EventsChecked} events in {verification.Chains} chain(s)";
    report.Heading("Integrity");
    report.Line($"Every hash chain is {integrity}.");

    // 5. The relay publishes committed events to the topic; its health check says how many are still waiting.
    var waited = await WaitUntilPublishedAsync(host.Services.GetRequiredService<HealthCheckService>(), publisher, stopping);
    var published = $"topic {publisher.TopicName} on cluster {publisher.Cluster}: the relay's lag reached 0 after {waited.TotalSeconds:0.0} s";
    report.Heading("Kafka");
    report.Line($"Every committed event is on {published}.");

    // 6. The topic read back with AuditTopicReader, which checks every chain link; topic.json gets each record's
    //    stored CloudEvent, one a line: the JSON Lines export's format, byte for byte.
    Directory.CreateDirectory(outputDirectory);
    var topicPath = Path.Combine(outputDirectory, "topic.json");
    var cluster = host.Services.GetRequiredService<KafkaClusterRegistry>().FindClientConfig(publisher.Cluster!)!;
    var reader = new AuditTopicReader(cluster, publisher.TopicName!);
    // The mock cluster cannot look offsets up by time, and its topic holds this run's events alone: it is read whole.
    var readOptions = new AuditTopicReadOptions { From = embedded.HasKafka ? null : since, IntegrityKey = host.Services.GetRequiredService<IOptions<PostgreSqlAuditOptions>>().Value.IntegrityKey };
    var fromTopic = new List<AuditTopicEvent>();
    await using (var topicJson = File.Create(topicPath))
    {
        await foreach (var item in reader.ReadAsync(readOptions, stopping))
        {
            switch (item)
            {
                case AuditTopicViolation violation:
                    throw new SampleException(Failure.Runtime,
                        $"The audit topic's chains are broken: {violation.Kind} at partition {violation.Partition}, offset {violation.Offset}: {violation.Description}");
                case AuditTopicEvent read when read.Event.Time >= since:
                    fromTopic.Add(read);
                    await topicJson.WriteAsync(read.Payload, stopping);
                    topicJson.WriteByte((byte)'\n');
                    break;
            }
        }
    }

    var onTopic = fromTopic.Select(e => e.Event.Id).ToHashSet();
    if (recorded.FirstOrDefault(e => !onTopic.Contains(e.Id)) is { } missing)
    {
        throw new SampleException(Failure.Runtime, $"Event {missing.Id} ({missing.Type.Name}) was published but is not on topic {publisher.TopicName}.");
    }

    var checkedLinks = $"{fromTopic.Count} events read back, every chain link checked, none missing, none twice";
    report.Heading($"Read back from topic {publisher.TopicName}: {checkedLinks}");
    report.Table(["partition", "offset", "writer", "sequence", "event", "resource"],
        fromTopic.Select(e => (IReadOnlyList<string>)
        [
            e.Partition.ToString(CultureInfo.InvariantCulture), e.Offset.ToString(CultureInfo.InvariantCulture),
            e.Link.Writer.ToString()[..8], e.Link.Sequence.ToString(CultureInfo.InvariantCulture), e.Event.Type.Name, e.Event.Resource.Address,
        ]));

    // 7. Exports of this run's events from PostgreSQL, as `auditlog export` writes them.
    var export = new AuditQuery { From = since };
    var jsonPath = Path.Combine(outputDirectory, "events.json");
    var csvPath = Path.Combine(outputDirectory, "events.csv");
    long jsonCount, csvCount;
    await using (var json = File.Create(jsonPath))
    {
        jsonCount = await store.ExportAsync(export, AuditExportFormat.Json, json, progress: null, stopping);
    }

    await using (var csv = File.Create(csvPath))
    {
        csvCount = await store.ExportAsync(export, AuditExportFormat.Csv, csv, progress: null, stopping);
    }

    report.Heading("Summary");
    report.Details(
    [
        ("recorded", $"{recorded.Count} events, each committed before LogAsync returned"),
        ("queried", string.Join("\n", queryCounts)),
        ("integrity", integrity),
        ("published", $"{recorded.Count} events on {published}"),
        ("topic", checkedLinks),
        ("exported", $"{jsonPath} ({jsonCount} CloudEvents, one a line, from PostgreSQL)\n{csvPath} ({csvCount} rows and a header, from PostgreSQL)\n{topicPath} ({fromTopic.Count} CloudEvents, one a line, from the topic)"),
    ]);
}

static async Task<TimeSpan> WaitUntilPublishedAsync(HealthCheckService health, AuditLogPublisherOptions publisher, CancellationToken cancellationToken)
{
    var timeout = TimeSpan.FromSeconds(60);
    var clock = Stopwatch.StartNew();
    while (true)
    {
        var entry = (await health.CheckHealthAsync(r => r.Name == "auditlog-kafka", cancellationToken)).Entries["auditlog-kafka"];
        if (entry.Status == HealthStatus.Unhealthy)
        {
            throw new SampleException(Failure.Configuration,
                $"{entry.Description} Register it (CDK_CLUSTERS_<n>_ID and _BOOTSTRAPSERVERS) or set CDK_AUDITLOGPUBLISHER_CLUSTER to a registered cluster.");
        }

        var lag = entry.Data.TryGetValue("lag.events", out var value) ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : -1;
        if (lag == 0)
        {
            return clock.Elapsed;
        }

        if (clock.Elapsed > timeout)
        {
            throw new SampleException(Failure.Runtime,
                $"{lag} audit events were still not on topic {publisher.TopicName} of cluster {publisher.Cluster} after {timeout.TotalSeconds:0} s ({entry.Description ?? entry.Status.ToString()}). Check that the cluster's CDK_CLUSTERS_<n>_BOOTSTRAPSERVERS reach its brokers.");
        }

        await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
    }
}

// The page and API over the same store, open to anonymous readers: a sample on loopback. A host maps it behind its own
// authorization policy (MapAuditLog(...).RequireAuthorization("AuditReaders")).
static WebApplication BuildWeb(WebApplicationBuilder builder)
{
    if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_URLS")))
    {
        builder.WebHost.UseUrls("http://127.0.0.1:5080");
    }

    var app = builder.Build();
    app.MapAuditLog("/audit").AllowAnonymous();
    return app;
}
