using System.Text.Json;

namespace AuditLog.CloudEvents;

/// <summary>
/// The members of an audit event's <c>data</c> object and the wire names of its enumerations,
/// encoded once. Enumerations are written in camelCase: <c>serviceAccount</c>, <c>denied</c>.
/// </summary>
internal static class AuditEventJsonNames
{
    public const string EventType = "eventType";
    public const string Metadata = "metadata";
    public const string Actor = "actor";
    public const string Kind = "kind";
    public const string Id = "id";
    public const string DisplayName = "displayName";
    public const string Outcome = "outcome";
    public const string Status = "status";
    public const string Message = "message";
    public const string Client = "client";
    public const string IpAddress = "ipAddress";
    public const string UserAgent = "userAgent";
    public const string CorrelationId = "correlationId";
    public const string TraceId = "traceId";

    public static readonly JsonEncodedText EventTypeName = JsonEncodedText.Encode(EventType);
    public static readonly JsonEncodedText MetadataName = JsonEncodedText.Encode(Metadata);
    public static readonly JsonEncodedText ActorName = JsonEncodedText.Encode(Actor);
    public static readonly JsonEncodedText KindName = JsonEncodedText.Encode(Kind);
    public static readonly JsonEncodedText IdName = JsonEncodedText.Encode(Id);
    public static readonly JsonEncodedText DisplayNameName = JsonEncodedText.Encode(DisplayName);
    public static readonly JsonEncodedText OutcomeName = JsonEncodedText.Encode(Outcome);
    public static readonly JsonEncodedText StatusName = JsonEncodedText.Encode(Status);
    public static readonly JsonEncodedText MessageName = JsonEncodedText.Encode(Message);
    public static readonly JsonEncodedText ClientName = JsonEncodedText.Encode(Client);
    public static readonly JsonEncodedText IpAddressName = JsonEncodedText.Encode(IpAddress);
    public static readonly JsonEncodedText UserAgentName = JsonEncodedText.Encode(UserAgent);
    public static readonly JsonEncodedText CorrelationIdName = JsonEncodedText.Encode(CorrelationId);
    public static readonly JsonEncodedText TraceIdName = JsonEncodedText.Encode(TraceId);

    public static readonly JsonEncodedText DataContentTypeValue = JsonEncodedText.Encode(AuditCloudEventMapper.DataContentType);

    private static readonly JsonEncodedText User = JsonEncodedText.Encode("user");
    private static readonly JsonEncodedText ServiceAccount = JsonEncodedText.Encode("serviceAccount");
    private static readonly JsonEncodedText ApiKey = JsonEncodedText.Encode("apiKey");
    private static readonly JsonEncodedText Application = JsonEncodedText.Encode("application");
    private static readonly JsonEncodedText SystemActor = JsonEncodedText.Encode("system");
    private static readonly JsonEncodedText Success = JsonEncodedText.Encode("success");
    private static readonly JsonEncodedText Failure = JsonEncodedText.Encode("failure");
    private static readonly JsonEncodedText Denied = JsonEncodedText.Encode("denied");

    public static JsonEncodedText Of(ActorKind kind) => kind switch
    {
        ActorKind.User => User,
        ActorKind.ServiceAccount => ServiceAccount,
        ActorKind.ApiKey => ApiKey,
        ActorKind.Application => Application,
        ActorKind.System => SystemActor,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an actor kind."),
    };

    public static JsonEncodedText Of(OutcomeStatus status) => status switch
    {
        OutcomeStatus.Success => Success,
        OutcomeStatus.Failure => Failure,
        OutcomeStatus.Denied => Denied,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not an outcome status."),
    };

    public static ActorKind? ActorKindOf(string name) => name switch
    {
        "user" => ActorKind.User,
        "serviceAccount" => ActorKind.ServiceAccount,
        "apiKey" => ActorKind.ApiKey,
        "application" => ActorKind.Application,
        "system" => ActorKind.System,
        _ => null,
    };

    public static OutcomeStatus? StatusOf(string name) => name switch
    {
        "success" => OutcomeStatus.Success,
        "failure" => OutcomeStatus.Failure,
        "denied" => OutcomeStatus.Denied,
        _ => null,
    };
}
