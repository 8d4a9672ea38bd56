using System.Text;
using AuditLog.Cli.Export;

namespace AuditLog.Cli.Tests.Export;

public sealed class TextWriterStreamTests
{
    [Fact]
    public async Task Characters_split_across_writes_arrive_whole()
    {
        var bytes = Encoding.UTF8.GetBytes("résumé → 監査\n");
        using var writer = new StringWriter();

        await using (var stream = new TextWriterStream(writer))
        {
            foreach (var b in bytes)
            {
                await stream.WriteAsync(new[] { b });
            }
        }

        writer.ToString().Should().Be("résumé → 監査\n");
    }

    [Fact]
    public async Task Disposing_leaves_the_writer_open()
    {
        using var writer = new StringWriter();

        await using (var stream = new TextWriterStream(writer))
        {
            await stream.WriteAsync("a"u8.ToArray());
        }

        await writer.WriteAsync("b");
        writer.ToString().Should().Be("ab");
    }
}
