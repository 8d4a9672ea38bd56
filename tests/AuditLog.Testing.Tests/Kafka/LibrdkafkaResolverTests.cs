using AuditLog.Testing.Kafka;

namespace AuditLog.Testing.Tests.Kafka;

public sealed class LibrdkafkaResolverTests
{
    [Fact]
    public void PackageShipsTheVariantConfluentKafkaFallsBackToOnDebian()
    {
        NativeLibraryFiles.Shipped().Select(Path.GetFileName).Should().Contain("centos8-librdkafka.so");
    }

    [Fact]
    public void EveryLibrdkafkaFileThePackageShipsIsRecognised()
    {
        IReadOnlyList<string> shipped = NativeLibraryFiles.Shipped();

        shipped.Should().NotBeEmpty();
        shipped.Should().OnlyContain(path => LibrdkafkaFileName.IsLibrdkafka(Path.GetFileName(path)));
    }

    [Theory]
    [InlineData("librdkafka.so.1")]
    [InlineData("librdkafka.so")]
    [InlineData("centos8-librdkafka.so")]
    [InlineData("alpine-librdkafka.so")]
    [InlineData("librdkafka.dylib")]
    [InlineData("librdkafka.dll")]
    public void LibrdkafkaFileNamesAreRecognised(string fileName)
    {
        LibrdkafkaFileName.IsLibrdkafka(fileName).Should().BeTrue();
    }

    [Theory]
    [InlineData("librdkafkacpp.dll")]
    [InlineData("librdkafka++.so.1")]
    [InlineData("libsasl2.so.2")]
    [InlineData("Confluent.Kafka.dll")]
    [InlineData("librdkafka.so.deleted-copy")]
    public void OtherFileNamesAreNotRecognised(string fileName)
    {
        LibrdkafkaFileName.IsLibrdkafka(fileName).Should().BeFalse();
    }

    [Fact]
    public void MappedCentos8VariantIsFound()
    {
        string[] maps =
        [
            "7f1c2a000000-7f1c2a200000 r--p 00000000 08:01 1234 /usr/lib/x86_64-linux-gnu/libc.so.6",
            "7f1c2b000000-7f1c2b400000 r-xp 00000000 08:01 5678 /app/runtimes/linux-x64/native/centos8-librdkafka.so",
            "7f1c2b400000-7f1c2b500000 r--p 00400000 08:01 5678 /app/runtimes/linux-x64/native/centos8-librdkafka.so",
            "7f1c2c000000-7f1c2c100000 rw-p 00000000 00:00 0 [heap]",
        ];

        LibrdkafkaResolver.MappedLibraryPaths(maps).Should().Equal("/app/runtimes/linux-x64/native/centos8-librdkafka.so");
    }

    [Fact]
    public void DeletedMappingsAreSkipped()
    {
        string[] maps = ["7f1c2b000000-7f1c2b400000 r-xp 00000000 08:01 5678 /tmp/librdkafka.so (deleted)"];

        LibrdkafkaResolver.MappedLibraryPaths(maps).Should().BeEmpty();
    }
}
