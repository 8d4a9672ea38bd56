using System.Text;
using AuditLog.Kafka.Wire;
using static AuditLog.Kafka.Tests.Wire.WireSamples;

namespace AuditLog.Kafka.Tests.Wire;

public sealed class ChainHashVerifierTests
{
    public static TheoryData<AuditMessageFormat> Modes => BothModes;

    [Theory]
    [MemberData(nameof(Modes))]
    public void One_byte_of_data_changed_is_a_mismatch(AuditMessageFormat format)
    {
        var message = Record(TopicCreate(), format);
        var at = message.Value.AsSpan().IndexOf("\"partitions\":6"u8) + "\"partitions\":".Length;
        message.Value[at] = (byte)'7';

        var read = AuditMessageReader.Read(message);

        ChainHashVerifier.Check(read, []).Should().Be(ChainHashCheck.Mismatch);
    }

    [Fact]
    public void A_changed_sequence_is_a_mismatch()
    {
        var message = Record(TopicCreate(), AuditMessageFormat.Binary)
            .WithHeaders(h => h[h.FindIndex(x => x.Key == "ce_sequence")] = ("ce_sequence", "0000000000000000043"u8.ToArray()));

        ChainHashVerifier.Check(AuditMessageReader.Read(message), []).Should().Be(ChainHashCheck.Mismatch);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void A_keyed_hash_without_the_key_cannot_be_checked(AuditMessageFormat format)
    {
        var read = AuditMessageReader.Read(Record(TopicCreate(), format, Key));

        ChainHashVerifier.Check(read, []).Should().Be(ChainHashCheck.CannotCheck);
    }

    [Fact]
    public void A_keyed_hash_under_another_key_is_a_mismatch()
    {
        var read = AuditMessageReader.Read(Record(TopicCreate(), AuditMessageFormat.Structured, Key));

        ChainHashVerifier.Check(read, "another key"u8).Should().Be(ChainHashCheck.Mismatch);
    }

    [Fact]
    public void A_plain_hash_checked_by_a_key_holder_is_a_mismatch_since_anyone_could_forge_it()
    {
        var read = AuditMessageReader.Read(Record(TopicCreate(), AuditMessageFormat.Structured));

        ChainHashVerifier.Check(read, Encoding.UTF8.GetBytes(Key)).Should().Be(ChainHashCheck.Mismatch);
    }

    [Fact]
    public void A_key_that_is_not_utf8_is_refused()
    {
        var read = AuditMessageReader.Read(Record(TopicCreate(), AuditMessageFormat.Structured, Key));

        var check = () => ChainHashVerifier.Check(read, [0xFF, 0xFE]);

        check.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("integrityKey");
    }
}
