using System.Text.Json;
using AuditLog.Resources;

namespace AuditLog.TestSupport;

/// <summary>
/// Confluent's documented audit records, made by the catalogue's typed factories: one source for the core's, the
/// store's and the relay's tests. Not enriched: a test sets the id and time it needs.
/// </summary>
internal static class ConfluentExamples
{
    /// <summary>Confluent's concepts page: service account 306343 authenticates to lkc-6k8r8q with API key MAIDSRFG53RXYTKR.</summary>
    public static AuditEvent ConceptsAuthentication() =>
        AuditEvents.Confluent.Kafka.Authentication.Record(new ConfluentRecord(
            "crn://confluent.cloud/kafka=lkc-6k8r8q",
            "kafka.Authentication",
            ConfluentResource.Of(("kafka", "lkc-6k8r8q")),
            new ConfluentAuthenticationInfo("User:306343") { Mechanism = "SASL_SSL/PLAIN", Identifier = "MAIDSRFG53RXYTKR" })
        {
            Result = new ConfluentResult(ConfluentResult.Success) { Message = string.Empty },
        });

    /// <summary>Confluent's records page: a topic's creation checked (DescribeConfigs on departures), granted to a super user.</summary>
    public static AuditEvent RecordsAuthorization() =>
        AuditEvents.Confluent.Kafka.Authorization.Record(new ConfluentRecord(
            "crn://confluent.cloud/kafka=lkc-a1b2c",
            "kafka.CreateTopics",
            ConfluentResource.Of(("kafka", "lkc-a1b2c"), ("topic", "departures")),
            new ConfluentAuthenticationInfo("User:123456"))
        {
            AuthorizationInfo = new ConfluentAuthorizationInfo(true, "DescribeConfigs", "Topic", "departures") { PatternType = "LITERAL", SuperUserAuthorization = true },
            Request = JsonElement.Parse("""{"correlationId":"123","clientId":"adminclient-42"}"""),
        });
}
