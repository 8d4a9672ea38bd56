namespace AuditLog.Kafka.Tests.Wire;

public sealed class AuditChainLinkTests
{
    private static readonly string Hash = "sha256:" + new string('a', 64);
    private static readonly string Genesis = "sha256:" + new string('0', 64);

    [Fact]
    public void A_link_keeps_what_it_was_given()
    {
        var writer = Guid.NewGuid();

        var link = new AuditChainLink(writer, 1, Hash, Genesis);

        link.Should().Be(new AuditChainLink(writer, 1, Hash, Genesis));
        (link.Writer, link.Sequence, link.Hash, link.PreviousHash).Should().Be((writer, 1L, Hash, Genesis));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(long.MinValue)]
    public void A_sequence_below_1_is_refused(long sequence)
    {
        var create = () => new AuditChainLink(Guid.NewGuid(), sequence, Hash, Genesis);

        create.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Sequence");
    }

    [Theory]
    [InlineData("")]
    [InlineData("aaaa")]
    [InlineData("sha256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("hmac-sha256:aaaa")]
    public void A_malformed_hash_is_refused_naming_the_rule(string hash)
    {
        var create = () => new AuditChainLink(Guid.NewGuid(), 1, hash, Genesis);

        var error = create.Should().Throw<ArgumentException>().Which;
        error.ParamName.Should().Be("Hash");
        error.Message.Should().Contain("64 lower-case hex digits");
    }

    [Fact]
    public void A_malformed_previous_hash_is_refused()
    {
        var create = () => new AuditChainLink(Guid.NewGuid(), 1, Hash, "sha256:0");

        create.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("PreviousHash");
    }

    [Fact]
    public void A_keyed_hash_is_accepted()
    {
        var link = new AuditChainLink(Guid.NewGuid(), 2, "hmac-sha256:" + new string('0', 64), "hmac-sha256:" + new string('f', 64));

        link.Hash.Should().StartWith("hmac-sha256:");
    }
}
