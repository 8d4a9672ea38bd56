using System.Text;
using static AuditLog.CatalogueMarkdown;

namespace AuditLog;

/// <summary>The part of <c>docs/events.md</c> about Confluent's event types and record schema, rendered from the catalogue.</summary>
internal static class ConfluentMarkdown
{
    private const string Categories = "https://docs.confluent.io/cloud/current/monitoring/audit-logging/cloud-audit-log-categories.html";
    private const string Concepts = "https://docs.confluent.io/cloud/current/monitoring/audit-logging/cloud-audit-log-concepts.html";
    private const string Schema = "https://docs.confluent.io/cloud/current/monitoring/audit-logging/audit-log-schema.html";
    private const string Records = "https://docs.confluent.io/cloud/current/monitoring/audit-logging/audit-log-records.html";
    private const string KafkaMethods = "https://docs.confluent.io/cloud/current/monitoring/audit-logging/event-methods/kafka-management.html";
    private const string Rbac = "https://docs.confluent.io/cloud/current/monitoring/audit-logging/authorization-authentication-events.html";

    public static void Append(StringBuilder md, IReadOnlyDictionary<AuditEventType, string> entries)
    {
        md.Append("\n## Confluent's event types\n\n")
            .Append($"From Confluent's [Audit Log Event Categories]({Categories}) page: each type with its service, categories and resource ")
            .Append($"types; the methods are those Confluent documents for it ([Kafka cluster management]({KafkaMethods}), [RBAC]({Rbac}), ")
            .Append($"[records]({Records}), [schema]({Schema})); other methods are accepted. Resource type n/a: Kafka authentication ")
            .Append("happens at the cluster connection, before any resource.\n\n")
            .Append("| CloudEvents type | Service | Categories | Resource types | Methods | C# entry |\n")
            .Append("| --- | --- | --- | --- | --- | --- |\n");
        foreach (var type in AuditCatalogue.Family(AuditEventFamily.Confluent).Cast<ConfluentEventType>())
        {
            Row(
                md,
                Code(type.Name),
                Text(type.Service),
                Text(string.Join(", ", type.Categories)),
                type.ConfluentResourceTypes.Count == 0 ? "n/a" : string.Join(", ", type.ConfluentResourceTypes.Select(Code)),
                type.Methods.Count == 0 ? "see Confluent's event methods" : string.Join(", ", type.Methods.Select(Code)),
                Code(entries[type]));
        }

        md.Append("\n### Confluent's record schema\n\n")
            .Append("An event of these types is written as Confluent writes its records: `source` is `data.serviceName` (the service ")
            .Append("CRN), `subject` the resource CRN (`data.resourceName`), and `data` holds `serviceName`, `methodName`, `resourceName`, ")
            .Append("`authenticationInfo` (`principal`, `metadata` {`mechanism`, `identifier`}, `principalResourceId`, `identity`), ")
            .Append("`authorizationInfo` (`granted`, `operation`, `resourceType`, `resourceName`, `patternType`, `superUserAuthorization`, ")
            .Append("`dryRun`, `aclAuthorization` {`permissionType`, `host`}, `rbacAuthorization` {`role`, `scope`}), `requestMetadata` ")
            .Append("(`clientAddress`, `requestId`, `connectionId`, `clientId`), `request` and `result` (`status`, `message`), members ")
            .Append("left unset omitted; the event's correlation and trace ids, when set, follow as `correlationId` and `traceId`. The ")
            .Append("audit event's metadata is that `data` object. The stored columns and the filters come from it:\n\n")
            .Append("| column, filter | from |\n")
            .Append("| --- | --- |\n")
            .Append("| resource address (`--resource` prefix) | `subject`, the resource CRN: `crn://confluent.cloud/kafka=lkc-6k8r8q/` finds every record of that cluster |\n")
            .Append("| actor id (`--actor`) | `authenticationInfo.principal` (`User:306343`) |\n")
            .Append("| actor kind | `serviceAccount` when `principalResourceId`, or else the principal's name, starts with `sa-`; otherwise `user` (Kafka calls every principal `User:`) |\n")
            .Append("| outcome | `authorizationInfo.granted` when present: `success` or `denied`; otherwise `result.status`: `SUCCESS` (or none) `success`, `PERMISSION_DENIED`, `UNAUTHORIZED`, `FORBIDDEN` or `DENIED` `denied`, anything else (`UNAUTHENTICATED`…) `failure`; the message is `result.message` when not empty |\n")
            .Append("| client | `requestMetadata.clientAddress` (IP address) and `clientId` (user agent) |\n")
            .Append("| event type, family | the CloudEvents `type`; `confluent` |\n")
            .Append("| free text (`--search`) | the principal (`306343` finds `User:306343`), as for every event's actor id; PostgreSQL's parser keeps a CRN in one piece, so find resources with the CRN prefix filter; the search vector reads `data.metadata`, which Confluent's records do not have, so `methodName` and the other members of `data` are not searched yet (it needs a migration of the vector) |\n\n")
            .Append("Reading checks that `type` is one of these, `source` equals `data.serviceName`, `subject` equals `data.resourceName` and ")
            .Append("is a CRN, and that `methodName` is present; `LogAsync` refuses an event whose actor, outcome or client disagree with ")
            .Append("its data, so the row and its payload always say the same.\n\n")
            .Append($"Confluent's [concepts]({Concepts}) page shows an authentication: service account `User:306343` authenticated to cluster ")
            .Append($"`lkc-6k8r8q` with API key `MAIDSRFG53RXYTKR` over `SASL_SSL/PLAIN`, result `SUCCESS`; the [schema]({Schema}) page ")
            .Append("shows the same record for `User:123456` on `lkc-a1b2c`. Both are tests (`ConfluentEventTests`, `ConfluentStoreTests`): ")
            .Append("made by `AuditEvents.Confluent.Kafka.Authentication.Record(...)`, stored, queried by principal, CRN prefix and ")
            .Append("outcome, exported and read back equal.\n\n")
            .Append("### The two generic security types\n\n")
            .Append("`Security.Authentication.Attempt` and `Security.Authorization.Check` stay, as Conduktor-shaped aliases of ")
            .Append("`io.confluent.kafka.server/authentication` and `io.confluent.kafka.server/authorization`: the same decisions, written ")
            .Append("in Conduktor's shape (`data.eventType`, `data.metadata`, `data.actor`, `data.outcome`) for hosts whose readers expect ")
            .Append("it. They are not replaced, because events already stored and published under them must stay readable. A host ")
            .Append("whose readers (a SIEM parser of Confluent's audit records) expect Confluent's schema records the Confluent types.\n");
    }
}
