using System.Text.Json;

namespace AuditLog;

/// <summary>
/// Confluent's record schema as an audit event's metadata: writes a <see cref="ConfluentRecord"/> as the <c>data</c>
/// object, and derives the event's actor, outcome and client from it. The factories and the CloudEvents reader both
/// derive through here, so an event read back equals the event written.
/// </summary>
internal static class ConfluentData
{
    public const string ServiceName = "serviceName";
    public const string MethodName = "methodName";
    public const string ResourceName = "resourceName";
    public const string AuthenticationInfo = "authenticationInfo";
    public const string AuthorizationInfo = "authorizationInfo";
    public const string RequestMetadata = "requestMetadata";
    public const string Result = "result";

    public static AuditMetadata Write(ConfluentRecord record)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString(ServiceName, Required(record.ServiceName, ServiceName));
            writer.WriteString(MethodName, Required(record.MethodName, MethodName));
            writer.WriteString(ResourceName, AuditResource.From(record.Resource).Address);
            WriteAuthentication(writer, record.AuthenticationInfo ?? throw new AuditValidationException(AuthenticationInfo, "is required"));
            if (record.AuthorizationInfo is { } authorization)
            {
                WriteAuthorization(writer, authorization);
            }

            if (record.RequestMetadata is { } request)
            {
                writer.WriteStartObject(RequestMetadata);
                WriteIfSet(writer, "clientAddress", request.ClientAddress);
                WriteIfSet(writer, "requestId", request.RequestId);
                WriteIfSet(writer, "connectionId", request.ConnectionId);
                WriteIfSet(writer, "clientId", request.ClientId);
                writer.WriteEndObject();
            }

            if (record.Request is { } body)
            {
                writer.WritePropertyName("request");
                body.WriteTo(writer);
            }

            if (record.Result is { } result)
            {
                writer.WriteStartObject(Result);
                writer.WriteString("status", Required(result.Status, "result.status"));
                WriteIfSet(writer, "message", result.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return AuditMetadata.FromJson(document.RootElement);
    }

    /// <summary>The event with the actor, outcome and client its Confluent <c>data</c> (its metadata) says.</summary>
    public static AuditEvent Derive(AuditEvent auditEvent)
    {
        var metadata = auditEvent.Metadata;
        return auditEvent with { Actor = ActorOf(metadata), Outcome = OutcomeOf(metadata), Client = ClientOf(metadata) };
    }

    // Kafka names every principal "User:"; Confluent's resource ids say what it is (sa- service account, u- user).
    private static AuditActor ActorOf(AuditMetadata metadata)
    {
        var authentication = Member(metadata, AuthenticationInfo);
        var principal = String(authentication, "principal");
        if (string.IsNullOrEmpty(principal))
        {
            return CloudEvents.AuditCloudEventMapper.UnknownActor;
        }

        var resourceId = String(authentication, "principalResourceId") ?? principal[(principal.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var kind = resourceId.StartsWith("sa-", StringComparison.Ordinal) ? ActorKind.ServiceAccount : ActorKind.User;
        return new AuditActor(kind, principal);
    }

    private static AuditOutcome OutcomeOf(AuditMetadata metadata)
    {
        var result = Member(metadata, Result);
        var message = String(result, "message") is { Length: > 0 } text ? text : null;
        if (Member(metadata, AuthorizationInfo) is { } authorization
            && authorization.TryGetProperty("granted", out var granted)
            && granted.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return granted.GetBoolean() ? Success(message) : AuditOutcome.Denied(message);
        }

        return String(result, "status") switch
        {
            null or ConfluentResult.Success => Success(message),
            "PERMISSION_DENIED" or "UNAUTHORIZED" or "FORBIDDEN" or "DENIED" => AuditOutcome.Denied(message),
            _ => AuditOutcome.Failure(message),
        };
    }

    private static AuditOutcome Success(string? message) =>
        message is null ? AuditOutcome.Success : new AuditOutcome(OutcomeStatus.Success, message);

    private static AuditClient? ClientOf(AuditMetadata metadata)
    {
        var request = Member(metadata, RequestMetadata);
        var address = String(request, "clientAddress");
        var clientId = String(request, "clientId");
        return address is null && clientId is null ? null : new AuditClient(address, clientId);
    }

    private static void WriteAuthentication(Utf8JsonWriter writer, ConfluentAuthenticationInfo authentication)
    {
        writer.WriteStartObject(AuthenticationInfo);
        writer.WriteString("principal", Required(authentication.Principal, "authenticationInfo.principal"));
        if (authentication.Mechanism is not null || authentication.Identifier is not null)
        {
            writer.WriteStartObject("metadata");
            WriteIfSet(writer, "mechanism", authentication.Mechanism);
            WriteIfSet(writer, "identifier", authentication.Identifier);
            writer.WriteEndObject();
        }

        WriteIfSet(writer, "principalResourceId", authentication.PrincipalResourceId);
        WriteIfSet(writer, "identity", authentication.Identity);
        writer.WriteEndObject();
    }

    private static void WriteAuthorization(Utf8JsonWriter writer, ConfluentAuthorizationInfo authorization)
    {
        writer.WriteStartObject(AuthorizationInfo);
        writer.WriteBoolean("granted", authorization.Granted);
        writer.WriteString("operation", Required(authorization.Operation, "authorizationInfo.operation"));
        writer.WriteString("resourceType", Required(authorization.ResourceType, "authorizationInfo.resourceType"));
        writer.WriteString("resourceName", Required(authorization.ResourceName, "authorizationInfo.resourceName"));
        WriteIfSet(writer, "patternType", authorization.PatternType);
        if (authorization.SuperUserAuthorization is { } superUser)
        {
            writer.WriteBoolean("superUserAuthorization", superUser);
        }

        if (authorization.DryRun is { } dryRun)
        {
            writer.WriteBoolean("dryRun", dryRun);
        }

        if (authorization.AclAuthorization is { } acl)
        {
            writer.WriteStartObject("aclAuthorization");
            writer.WriteString("permissionType", acl.PermissionType);
            writer.WriteString("host", acl.Host);
            writer.WriteEndObject();
        }

        if (authorization.RbacAuthorization is { } rbac)
        {
            writer.WriteStartObject("rbacAuthorization");
            writer.WriteString("role", Required(rbac.Role, "authorizationInfo.rbacAuthorization.role"));
            if (rbac.Scope is { } scope)
            {
                writer.WritePropertyName("scope");
                scope.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static string Required(string? value, string field) =>
        string.IsNullOrEmpty(value) ? throw new AuditValidationException(field, "is required") : value;

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static JsonElement? Member(AuditMetadata metadata, string name) =>
        metadata.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static string? String(JsonElement? parent, string name) =>
        parent is { } element && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
