using AuditLog.CloudEvents;
using AuditLog.Integrity;
using AuditLog.Kafka.Wire;
using static AuditLog.Kafka.Tests.Wire.WireSamples;

namespace AuditLog.Kafka.Tests.Wire;

/// <summary>What the writer makes, the reader takes back: the stored payload byte for byte, the link and the event.</summary>
public sealed class AuditMessageRoundTripTests
{
    public static TheoryData<string, AuditMessageFormat> EveryEventType => EveryEventTypeInBothModes;

    public static TheoryData<AuditMessageFormat> Modes => BothModes;

    [Theory]
    [MemberData(nameof(EveryEventType))]
    public void Reading_a_record_gives_back_the_stored_payload_bytes(string name, AuditMessageFormat format)
    {
        var auditEvent = EveryFieldSet(AuditCatalogue.Find(name)!);
        var payload = AuditCloudEventMapper.ToUtf8Json(auditEvent);

        var read = AuditMessageReader.Read(Record(auditEvent, format));

        read.Payload.Should().Equal(payload);
    }

    [Theory]
    [MemberData(nameof(EveryEventType))]
    public void Reading_a_record_gives_back_the_link_and_the_event(string name, AuditMessageFormat format)
    {
        var auditEvent = EveryFieldSet(AuditCatalogue.Find(name)!);
        var link = Link(AuditCloudEventMapper.ToJson(auditEvent));

        var read = AuditMessageReader.Read(AuditMessageWriter.Create(AuditCloudEventMapper.ToJson(auditEvent), auditEvent.Resource.Address, link, format));

        read.Link.Should().Be(link);
        read.Event.ShouldBeSameEventAs(auditEvent);
    }

    [Theory]
    [MemberData(nameof(EveryEventType))]
    public void The_chain_hash_of_the_stored_payload_checks_from_the_record(string name, AuditMessageFormat format)
    {
        var auditEvent = EveryFieldSet(AuditCatalogue.Find(name)!);

        var read = AuditMessageReader.Read(Record(auditEvent, format));

        ChainHashVerifier.Check(read, []).Should().Be(ChainHashCheck.Match);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void A_keyed_chain_hash_checks_from_the_record_with_the_key(AuditMessageFormat format)
    {
        var read = AuditMessageReader.Read(Record(TopicCreate(), format, Key));

        ChainHashVerifier.Check(read, System.Text.Encoding.UTF8.GetBytes(Key)).Should().Be(ChainHashCheck.Match);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void The_first_link_of_a_chain_carries_the_genesis_hash(AuditMessageFormat format)
    {
        var payload = AuditCloudEventMapper.ToJson(TopicCreate());
        var hash = new ChainHasher(null).Hash(ChainHasher.Genesis.Span, Writer, 1, payload);
        var link = AuditChainLink.Of(Writer, 1, hash, ChainHasher.Genesis.Span, false);

        var read = AuditMessageReader.Read(AuditMessageWriter.Create(payload, TopicCreate().Resource.Address, link, format));

        read.Link.PreviousHash.Should().Be("sha256:" + new string('0', 64));
        ChainHashVerifier.Check(read, []).Should().Be(ChainHashCheck.Match);
    }
}
