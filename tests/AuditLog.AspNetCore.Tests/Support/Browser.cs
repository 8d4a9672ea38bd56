using Microsoft.Playwright;

namespace AuditLog.AspNetCore.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright through its executable path (Playwright cannot download browsers here).
/// A missing browser fails the test, saying how to install it; it never skips.
/// </summary>
public static class Browser
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Where screenshots are saved: <c>artifacts/screenshots</c> in the test output folder.</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots")).FullName;

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is missing at {ExecutablePath}: the browser tests need it. Run ./build.sh setup (it installs it with apt-get install -y chromium).");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Args = ["--no-sandbox"] });
        return (playwright, browser);
    }

    public static Task ScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
}
