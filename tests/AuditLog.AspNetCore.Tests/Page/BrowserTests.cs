using AuditLog.AspNetCore.Tests.Support;
using Microsoft.Playwright;

namespace AuditLog.AspNetCore.Tests.Page;

/// <summary>
/// The page in a real browser against a real Kestrel server: load, filter by actor, open an event, export CSV.
/// Screenshots go to <see cref="Browser.ScreenshotFolder"/>.
/// </summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class BrowserTests(PostgreSqlFixture postgres)
{
    private const string Reader = "carol@example.com";

    [Fact]
    public async Task A_reader_filters_by_actor_opens_an_event_and_exports_the_filtered_events_as_CSV()
    {
        await using var app = await AuditWebApp.StartAsync(await postgres.NewDatabaseAsync(), kestrel: true);
        await SampleEvents.WriteAsync(app.Logger);
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var context = await browser.NewContextAsync(new()
        {
            AcceptDownloads = true,
            ViewportSize = new() { Width = 1366, Height = 860 },
        });
        await SignInAsync(context, app);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        page.Dialog += (_, dialog) => problems.Add("dialog: " + dialog.Message);

        // Load: the sample's events are listed, the integrity is shown, the type picker is fed by the catalogue.
        await page.GotoAsync(new Uri(app.BaseAddress, "/audit/").ToString());
        await Assertions.Expect(page.Locator("#integrity")).ToContainTextAsync("Intact");
        await Assertions.Expect(page.Locator("#rows tr")).ToHaveCountAsync(SampleEvents.Events.Count); // its own search is recorded after it read
        (await page.Locator("#type option").CountAsync()).Should().Be(AuditCatalogue.All.Count + 1);
        await page.ScreenshotAsync("1-loaded");

        // Filter by actor, from the keyboard.
        var alice = SampleEvents.NewestFirst.Where(e => e.Actor.Id == SampleEvents.Alice.Id).ToList();
        await page.Locator("#actor").FillAsync(SampleEvents.Alice.Id);
        await page.Locator("#actor").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#rows tr")).ToHaveCountAsync(alice.Count);
        (await page.Locator("#rows tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)"))
            .Should().Equal(alice.Select(e => e.Id.ToString()));
        await page.ScreenshotAsync("2-filtered-by-actor");

        // Open the event whose metadata holds HTML: it is shown, as text.
        var update = alice.Single(e => e.Type == AuditEvents.Kafka.Topic.Update);
        await page.Locator($"#rows tr[data-id='{update.Id}']").ClickAsync();
        var details = page.Locator("#details");
        await Assertions.Expect(details).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#details-title")).ToHaveTextAsync("Kafka.Topic.Update");
        await Assertions.Expect(page.Locator("#details-list")).ToContainTextAsync(update.Id.ToString());
        var metadata = page.Locator("#details-metadata");
        await Assertions.Expect(metadata).ToContainTextAsync("retention");
        await Assertions.Expect(metadata).ToContainTextAsync("604800");
        await Assertions.Expect(metadata).ToContainTextAsync("<img src=x onerror=alert(1)>");
        (await details.Locator("img").CountAsync()).Should().Be(0);
        await page.ScreenshotAsync("3-event-opened");

        // Escape closes the panel and returns to the row.
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(details).ToBeHiddenAsync();

        // Export CSV of the current filters.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-csv").ClickAsync());
        var saved = Path.Combine(Browser.ScreenshotFolder, "export.csv");
        await download.SaveAsAsync(saved);
        download.SuggestedFilename.Should().MatchRegex(@"^auditlog-\d{8}T\d{6}Z\.csv$", await File.ReadAllTextAsync(saved));
        var lines = (await File.ReadAllTextAsync(saved)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("id,time,type,");
        lines.Skip(1).Select(l => Guid.Parse(l[..36])).Should().Equal(alice.Select(e => e.Id));

        // Readable on a phone.
        await page.SetViewportSizeAsync(390, 844);
        await page.Locator($"#rows tr[data-id='{update.Id}']").ClickAsync();
        await Assertions.Expect(details).ToBeVisibleAsync();
        await page.ScreenshotAsync("4-phone-event");

        problems.Should().BeEmpty("the page runs under its Content-Security-Policy without errors, and event content never runs");
    }

    [Fact]
    public async Task Scrolling_to_the_end_of_the_table_loads_the_next_page()
    {
        await using var app = await AuditWebApp.StartAsync(await postgres.NewDatabaseAsync(), kestrel: true);
        for (var i = 0; i < 120; i++)
        {
            await app.Logger.LogAsync(AuditEvents.Kafka.Topic.Create.For(new Resources.KafkaTopic("production", $"topic-{i}"), SampleEvents.Etl) with { Time = SampleEvents.Start.AddSeconds(i) });
        }

        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var context = await browser.NewContextAsync();
        await SignInAsync(context, app);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(app.BaseAddress, "/audit/?").ToString());
        await page.Locator("#actor").FillAsync(SampleEvents.Etl.Id);
        await page.Locator("#apply").ClickAsync();
        await Assertions.Expect(page.Locator("#rows tr")).ToHaveCountAsync(50);

        for (var shown = 100; shown <= 120; shown += 20)
        {
            await page.Locator("#sentinel").ScrollIntoViewIfNeededAsync();
            await Assertions.Expect(page.Locator("#rows tr")).ToHaveCountAsync(Math.Min(shown, 120));
        }

        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("120 events, all shown");
    }

    private static Task SignInAsync(IBrowserContext context, AuditWebApp app) =>
        context.AddCookiesAsync([new Cookie { Name = TestUsers.UserCookie, Value = Reader, Url = app.BaseAddress.ToString() }]);
}
