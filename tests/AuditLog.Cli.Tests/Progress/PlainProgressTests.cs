using AuditLog.Cli.Progress;
using Microsoft.Extensions.Time.Testing;

namespace AuditLog.Cli.Tests.Progress;

public sealed class PlainProgressTests
{
    private readonly FakeTimeProvider time = new();
    private readonly StringWriter error = new();

    [Fact]
    public async Task Each_interval_prints_one_line_with_the_latest_count_reported()
    {
        var result = await PlainProgress.RunAsync(error, time, ProgressActivity.Export, (progress, _) =>
        {
            progress!.Report(10_000);
            time.Advance(PlainProgress.Interval);
            progress.Report(20_000);
            progress.Report(30_000);
            time.Advance(PlainProgress.Interval);
            return Task.FromResult(30_000L);
        }, CancellationToken.None);

        result.Should().Be(30_000);
        Lines().Should().Equal("Exporting… 10,000 events (1,000/s) 0:00:10", "Exporting… 30,000 events (1,500/s) 0:00:20");
    }

    [Fact]
    public async Task Work_shorter_than_an_interval_prints_nothing()
    {
        await PlainProgress.RunAsync(error, time, ProgressActivity.Export, (progress, _) =>
        {
            progress!.Report(5);
            time.Advance(PlainProgress.Interval - TimeSpan.FromMilliseconds(1));
            return Task.FromResult(5L);
        }, CancellationToken.None);

        error.ToString().Should().BeEmpty();
    }

    [Fact]
    public async Task No_line_is_printed_once_the_work_has_ended()
    {
        await PlainProgress.RunAsync(error, time, ProgressActivity.Verify, (_, _) => Task.FromResult(0), CancellationToken.None);

        time.Advance(PlainProgress.Interval * 3);

        error.ToString().Should().BeEmpty();
    }

    [Fact]
    public async Task Work_without_a_count_prints_what_it_does_and_the_time_spent()
    {
        await PlainProgress.RunAsync(error, time, ProgressActivity.Verify, (_, _) =>
        {
            time.Advance(PlainProgress.Interval);
            return Task.FromResult(0);
        }, CancellationToken.None);

        Lines().Should().Equal("Verifying integrity chains… 0:00:10");
    }

    [Fact]
    public async Task Lines_carry_no_escape_codes_or_carriage_returns()
    {
        await PlainProgress.RunAsync(error, time, ProgressActivity.Export, (progress, _) =>
        {
            progress!.Report(1);
            time.Advance(PlainProgress.Interval);
            return Task.FromResult(1L);
        }, CancellationToken.None);

        error.ToString().Replace(Environment.NewLine, "\n", StringComparison.Ordinal).Should().NotBeEmpty().And.NotContain("\u001b").And.NotContain("\r");
    }

    private string[] Lines() => error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}
