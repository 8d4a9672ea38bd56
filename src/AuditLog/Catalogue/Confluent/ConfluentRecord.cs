using System.Text.Json;
using AuditLog.Resources;

namespace AuditLog;

/// <summary>
/// The <c>data</c> of one Confluent audit record, typed: what <see cref="ConfluentEventType.Record"/> turns into an
/// audit event written in Confluent's record schema.
/// </summary>
/// <param name="ServiceName"><c>serviceName</c>: the CRN of the service that decided (<c>crn://confluent.cloud/kafka=lkc-6k8r8q</c>); also the CloudEvents <c>source</c>.</param>
/// <param name="MethodName"><c>methodName</c> (<c>kafka.Authentication</c>, <c>kafka.CreateTopics</c>, <c>mds.Authorize</c>…).</param>
/// <param name="Resource"><c>resourceName</c>: the resource's CRN; also the CloudEvents <c>subject</c> and the event's resource.</param>
/// <param name="AuthenticationInfo"><c>authenticationInfo</c>: who made the request.</param>
public sealed record ConfluentRecord(string ServiceName, string MethodName, ConfluentResource Resource, ConfluentAuthenticationInfo AuthenticationInfo)
{
    /// <summary><c>authorizationInfo</c>, for authorization events.</summary>
    public ConfluentAuthorizationInfo? AuthorizationInfo { get; init; }

    /// <summary><c>requestMetadata</c>.</summary>
    public ConfluentRequestMetadata? RequestMetadata { get; init; }

    /// <summary><c>request</c>, as Confluent writes it (<c>{"correlationId":"123","clientId":"adminclient-42"}</c>).</summary>
    public JsonElement? Request { get; init; }

    /// <summary><c>result</c>.</summary>
    public ConfluentResult? Result { get; init; }
}
