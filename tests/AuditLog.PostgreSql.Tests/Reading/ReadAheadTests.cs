using System.Runtime.CompilerServices;
using AuditLog.PostgreSql.Reading;

namespace AuditLog.PostgreSql.Tests.Reading;

public sealed class ReadAheadTests
{
    [Fact]
    public async Task Items_arrive_in_order_and_complete()
    {
        var items = new List<int>();
        await foreach (var item in ReadAhead.Of(Numbers(10_003), 16, 2, CancellationToken.None))
        {
            items.Add(item);
        }

        items.Should().Equal(Enumerable.Range(0, 10_003));
    }

    [Fact]
    public async Task The_source_reads_at_most_the_capacity_ahead_of_the_consumer()
    {
        var produced = 0;
        await using var items = ReadAhead.Of(Numbers(1_000, () => Interlocked.Increment(ref produced)), 8, 2, CancellationToken.None).GetAsyncEnumerator();
        (await items.MoveNextAsync()).Should().BeTrue();
        await Task.Delay(200);

        // The chunk being consumed, two chunks waiting in the channel and one held by the blocked write.
        Volatile.Read(ref produced).Should().BeLessThanOrEqualTo(4 * 8);
    }

    [Fact]
    public async Task An_error_of_the_source_reaches_the_consumer_after_the_items_before_it()
    {
        var items = new List<int>();
        var reading = async () =>
        {
            await foreach (var item in ReadAhead.Of(Failing(after: 5), 4, 2, CancellationToken.None))
            {
                items.Add(item);
            }
        };

        (await reading.Should().ThrowAsync<InvalidDataException>()).WithMessage("row 5 is unreadable");
        items.Should().Equal(0, 1, 2, 3, 4);
    }

    [Fact]
    public async Task A_consumer_that_stops_early_stops_the_source()
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await foreach (var item in ReadAhead.Of(Endless(stopped), 4, 2, CancellationToken.None))
        {
            if (item == 3)
            {
                break;
            }
        }

        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Cancelling_the_consumer_throws_and_stops_the_source()
    {
        using var cancel = new CancellationTokenSource();
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reading = async () =>
        {
            await foreach (var item in ReadAhead.Of(Endless(stopped), 4, 2, cancel.Token))
            {
                if (item == 3)
                {
                    await cancel.CancelAsync();
                }
            }
        };

        await reading.Should().ThrowAsync<OperationCanceledException>();
        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    private static async IAsyncEnumerable<int> Numbers(int count, Action? produced = null)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            produced?.Invoke();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<int> Failing(int after)
    {
        for (var i = 0; i < after; i++)
        {
            await Task.Yield();
            yield return i;
        }

        throw new InvalidDataException($"row {after} is unreadable");
    }

    private static async IAsyncEnumerable<int> Endless(TaskCompletionSource stopped, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            for (var i = 0; ; i++)
            {
                await Task.Delay(1, cancellationToken);
                yield return i;
            }
        }
        finally
        {
            stopped.TrySetResult();
        }
    }
}
