using System.Diagnostics;
using AuditLog.PostgreSql.Tests.Support;
using Xunit.Abstractions;

namespace AuditLog.PostgreSql.Tests.Reading;

/// <summary>
/// A million events export to CSV and to JSON with bounded memory: the export streams rows from the
/// database to the output and never holds the result.
/// </summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class MillionEventExportTests(PostgreSqlFixture postgres, ITestOutputHelper output)
{
    private const int Events = 1_000_000;

    // Generous: the export itself needs a few 64 KB buffers; the rest is the runtime's and the GC's slack.
    private const long MaxWorkingSetGrowth = 300L * 1024 * 1024;

    private static readonly Lock Gate = new();
    private static Task<ReadingDatabase>? database;

    [Fact]
    public async Task A_million_events_export_to_csv_with_bounded_memory()
    {
        var store = (await SeededAsync()).Store;

        var (count, bytes, growth) = await ExportAsync(store, AuditExportFormat.Csv);

        count.Should().Be(Events);
        bytes.Should().BeGreaterThan(Events * 100L);
        growth.Should().BeLessThan(MaxWorkingSetGrowth);
    }

    [Fact]
    public async Task A_million_events_export_to_json_with_bounded_memory()
    {
        var store = (await SeededAsync()).Store;

        var (count, bytes, growth) = await ExportAsync(store, AuditExportFormat.Json);

        count.Should().Be(Events);
        bytes.Should().BeGreaterThan(Events * 100L);
        growth.Should().BeLessThan(MaxWorkingSetGrowth);
    }

    private Task<ReadingDatabase> SeededAsync()
    {
        lock (Gate)
        {
            return database ??= SeedAsync();
        }
    }

    private async Task<ReadingDatabase> SeedAsync()
    {
        var seeded = await ReadingDatabase.CreateAsync(postgres);
        var clock = Stopwatch.StartNew();
        // The stored search vector costs the most: two statements share the cores.
        await BulkSeeder.SeedAsync(seeded.ConnectionString, Events, statements: 2);
        output.WriteLine($"seeded {Events:N0} rows in {clock.Elapsed.TotalSeconds:F1} s");
        return seeded;
    }

    private async Task<(long Count, long Bytes, long Growth)> ExportAsync(PostgreSqlAuditStore store, AuditExportFormat format)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = Environment.WorkingSet;
        var peakBefore = Process.GetCurrentProcess().PeakWorkingSet64;
        var highest = baseline;
        var sink = new CountingStream();
        var progress = new SynchronousProgress(_ => highest = Math.Max(highest, Environment.WorkingSet));

        var clock = Stopwatch.StartNew();
        var count = await store.ExportAsync(new AuditQuery(), format, sink, progress);
        clock.Stop();

        var peakAfter = Process.GetCurrentProcess().PeakWorkingSet64;
        var growth = Math.Max(highest - baseline, peakAfter - peakBefore);
        output.WriteLine(
            $"{format}: {count:N0} events, {sink.Bytes / 1024.0 / 1024.0:F0} MB in {clock.Elapsed.TotalSeconds:F1} s " +
            $"({count / clock.Elapsed.TotalSeconds:N0} events/s); working set {baseline / 1024 / 1024} MB before, " +
            $"{highest / 1024 / 1024} MB highest sampled, peak growth {(peakAfter - peakBefore) / 1024 / 1024} MB");
        return (count, sink.Bytes, growth);
    }

    private sealed class CountingStream : Stream
    {
        public long Bytes { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Bytes;

        public override long Position { get => Bytes; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Bytes += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Bytes += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
