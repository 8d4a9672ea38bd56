using AuditLog.Pipeline;
using AuditLog.Tests.Support;

namespace AuditLog.Tests.Pipeline;

public sealed class PendingEventTests
{
    private static readonly Exception GaveUp = new TimeoutException("the caller gave up");

    [Fact]
    public void Withdrawing_an_event_not_yet_written_succeeds_and_marks_it_withdrawn()
    {
        var pending = Awaited();

        var withdrawn = pending.TryWithdraw(GaveUp);

        (withdrawn, pending.IsWithdrawn).Should().Be((true, true));
    }

    [Fact]
    public void Withdrawing_an_event_already_written_fails_and_leaves_it_written()
    {
        var pending = Awaited();
        pending.Written!.SetResult();

        var withdrawn = pending.TryWithdraw(GaveUp);

        (withdrawn, pending.IsWithdrawn).Should().Be((false, false));
    }

    [Fact]
    public void Withdrawing_an_event_whose_write_already_failed_succeeds()
    {
        var pending = Awaited();
        pending.Written!.SetException(new InvalidOperationException("write failed"));

        pending.TryWithdraw(GaveUp).Should().BeTrue();
    }

    [Fact]
    public void An_event_no_caller_waits_on_cannot_be_withdrawn()
    {
        var pending = new PendingEvent(SampleEvents.TopicCreated(), "sink", awaitWrite: false);

        (pending.TryWithdraw(GaveUp), pending.IsWithdrawn).Should().Be((false, false));
    }

    private static PendingEvent Awaited() => new(SampleEvents.TopicCreated(), "sink", awaitWrite: true);
}
