using AuditLog.Kafka.Wire;

namespace AuditLog.Kafka.Tests.Wire;

public sealed class ChainHashTextTests
{
    private static readonly byte[] Hash = Enumerable.Range(0, 32).Select(i => (byte)(i * 7 + 250)).ToArray();

    [Theory]
    [InlineData(false, "sha256:")]
    [InlineData(true, "hmac-sha256:")]
    public void A_hash_is_its_prefix_then_64_lower_case_hex_digits(bool keyed, string prefix)
    {
        ChainHashText.Format(Hash, keyed).Should().Be(prefix + Convert.ToHexStringLower(Hash));
    }

    [Theory]
    [InlineData(false, "sha256:")]
    [InlineData(true, "hmac-sha256:")]
    public void The_genesis_hash_is_64_zeros(bool keyed, string prefix)
    {
        ChainHashText.Format(new byte[32], keyed).Should().Be(prefix + new string('0', 64));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(33)]
    public void Only_32_bytes_format(int length)
    {
        var format = () => ChainHashText.Format(new byte[length], false);

        format.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_formatted_hash_parses_back(bool keyed)
    {
        ChainHashText.TryParse(ChainHashText.Format(Hash, keyed), out var hash, out var isKeyed).Should().BeTrue();

        hash.Should().Equal(Hash);
        isKeyed.Should().Be(keyed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256:")]
    [InlineData("sha256:0")]
    [InlineData("sha512:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha256:000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha256:00000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha256:ABCDEF0000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha256:g000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData(" sha256:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("hmac-sha256:000000000000000000000000000000000000000000000000000000000000000 ")]
    public void Anything_else_does_not_parse(string? text)
    {
        ChainHashText.TryParse(text!, out var hash, out _).Should().BeFalse();

        hash.Should().BeEmpty();
    }
}
