using AuditLog.Cli.Progress;

namespace AuditLog.Cli.Tests.Progress;

public sealed class TerminalDetectionTests
{
    [Fact]
    public void A_stream_not_redirected_is_a_terminal()
    {
        var detection = new TerminalDetection(_ => false, _ => "xterm-256color");

        detection.IsTerminal(StandardStream.Error).Should().BeTrue();
    }

    [Fact]
    public void A_redirected_stream_is_not_a_terminal()
    {
        var detection = new TerminalDetection(stream => stream == StandardStream.Error, _ => "xterm-256color");

        detection.IsTerminal(StandardStream.Error).Should().BeFalse();
        detection.IsTerminal(StandardStream.Output).Should().BeTrue();
    }

    [Fact]
    public void A_dumb_terminal_is_not_one_progress_can_be_drawn_on()
    {
        var detection = new TerminalDetection(_ => false, name => name == "TERM" ? "dumb" : null);

        detection.IsTerminal(StandardStream.Error).Should().BeFalse();
    }
}
