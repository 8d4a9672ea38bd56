using AuditLog.Pipeline;

namespace AuditLog.Tests.Pipeline;

public sealed class UuidV7Tests
{
    private static readonly DateTimeOffset Time = new(2026, 11, 21, 10, 30, 15, 123, TimeSpan.Zero);

    [Fact]
    public void Is_a_version_7_rfc_9562_uuid()
    {
        var id = UuidV7.Create(Time);

        id.Version.Should().Be(7);
        (id.Variant & 0b1100).Should().Be(0b1000);
    }

    [Fact]
    public void Starts_with_the_same_time_bytes_as_the_runtime_makes()
    {
        var ours = UuidV7.Create(Time).ToByteArray(bigEndian: true);
        var runtime = Guid.CreateVersion7(Time).ToByteArray(bigEndian: true);

        ours[..6].Should().Equal(runtime[..6]);
    }

    [Fact]
    public void Ids_are_distinct_across_many_refills_of_the_random_block()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => UuidV7.Create(Time)).ToArray();

        ids.Should().OnlyHaveUniqueItems();
        ids.Should().OnlyContain(id => id.Version == 7 && (id.Variant & 0b1100) == 0b1000);
    }

    [Fact]
    public void Ids_from_different_threads_are_distinct()
    {
        var ids = new System.Collections.Concurrent.ConcurrentBag<Guid>();

        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < 1_000; i++)
            {
                ids.Add(UuidV7.Create(Time));
            }
        });

        ids.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Refuses_a_time_before_1970_as_the_runtime_does()
    {
        var act = () => UuidV7.Create(new DateTimeOffset(1969, 12, 31, 0, 0, 0, TimeSpan.Zero));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
