using AuditLog.Cli.Export;

namespace AuditLog.Cli.Tests.Export;

public sealed class TimeArgumentTests
{
    [Theory]
    [InlineData("2026-11-01T09:30:00Z", "2026-11-01T09:30:00.0000000+00:00")]
    [InlineData("2026-11-01t09:30:00z", "2026-11-01T09:30:00.0000000+00:00")]
    [InlineData("2026-11-01 09:30:00Z", "2026-11-01T09:30:00.0000000+00:00")]
    [InlineData("2026-11-01T10:30:00+01:00", "2026-11-01T10:30:00.0000000+01:00")]
    [InlineData("2026-11-01T09:30:00.123456Z", "2026-11-01T09:30:00.1234560+00:00")]
    [InlineData("2026-11-01T09:30:00.123456789Z", "2026-11-01T09:30:00.1234567+00:00")]
    [InlineData("2026-11-01", "2026-11-01T00:00:00.0000000+00:00")]
    public void Reads_RFC_3339_times_and_dates(string text, string expected)
    {
        TimeArgument.TryParse(text, out var value).Should().BeTrue();

        value.Should().Be(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        value.Offset.Should().Be(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2026-11-01T09:30:00")]
    [InlineData("2026-11-01T09:30Z")]
    [InlineData("11/01/2026")]
    [InlineData("2026-02-30")]
    [InlineData("2026-11-01T25:00:00Z")]
    public void Refuses_anything_else(string text)
    {
        TimeArgument.TryParse(text, out _).Should().BeFalse();
    }
}
