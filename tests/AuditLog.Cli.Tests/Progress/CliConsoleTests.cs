using AuditLog.Cli.Progress;

namespace AuditLog.Cli.Tests.Progress;

public sealed class CliConsoleTests
{
    [Fact]
    public void A_terminal_on_the_error_stream_gets_live_progress()
    {
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, ErrorIsTerminal: true);

        console.ProgressFor(dataOnOutput: false).Should().Be(ProgressMode.Live);
    }

    [Fact]
    public void Data_redirected_away_from_the_terminal_still_gets_live_progress()
    {
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, ErrorIsTerminal: true, OutputIsTerminal: false);

        console.ProgressFor(dataOnOutput: true).Should().Be(ProgressMode.Live);
    }

    [Fact]
    public void Data_shown_on_the_terminal_gets_no_progress_drawn_over_it()
    {
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, ErrorIsTerminal: true, OutputIsTerminal: true);

        console.ProgressFor(dataOnOutput: true).Should().Be(ProgressMode.None);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_redirected_error_stream_gets_plain_lines(bool dataOnOutput)
    {
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, ErrorIsTerminal: false, OutputIsTerminal: true);

        console.ProgressFor(dataOnOutput).Should().Be(ProgressMode.Plain);
    }
}
