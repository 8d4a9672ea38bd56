using AuditLog.Cli.Purge;

namespace AuditLog.Cli.Tests.Purge;

public sealed class DurationArgumentTests
{
    [Theory]
    [InlineData("90s", 0, 0, 90)]
    [InlineData("30m", 0, 30, 0)]
    [InlineData("12h", 12, 0, 0)]
    [InlineData("7d", 7 * 24, 0, 0)]
    [InlineData("2w", 14 * 24, 0, 0)]
    public void Reads_a_whole_number_and_a_unit(string text, int hours, int minutes, int seconds)
    {
        DurationArgument.TryParse(text, out var value).Should().BeTrue();

        value.Should().Be(new TimeSpan(hours, minutes, seconds));
    }

    [Theory]
    [InlineData("")]
    [InlineData("7")]
    [InlineData("d")]
    [InlineData("0d")]
    [InlineData("-7d")]
    [InlineData("7 d")]
    [InlineData("7D")]
    [InlineData("1.5d")]
    [InlineData("1mo")]
    [InlineData("1y")]
    [InlineData("7.00:00:00")]
    [InlineData("999999999999w")]
    public void Refuses_anything_else(string text)
    {
        DurationArgument.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Accepts_up_to_the_longest_age()
    {
        DurationArgument.TryParse($"{DurationArgument.Longest.Days}d", out var value).Should().BeTrue();

        value.Should().Be(DurationArgument.Longest);
        DurationArgument.TryParse($"{DurationArgument.Longest.Days + 1}d", out _).Should().BeFalse();
    }
}
