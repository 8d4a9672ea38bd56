namespace AuditLog.Resources;

/// <summary>
/// A resource of Confluent Cloud or Confluent Platform, addressed by its Confluent Resource Name (CRN), e.g.
/// <c>crn://confluent.cloud/kafka=lkc-6k8r8q/topic=orders</c> or
/// <c>crn://confluent.cloud/organization=…/environment=env-1ab2c</c>.
/// </summary>
/// <param name="Crn">The CRN: <c>crn://</c>, an authority (usually <c>confluent.cloud</c>), then <c>kind=name</c> segments.</param>
public sealed record ConfluentResource(string Crn) : IResourceAddress
{
    /// <summary>The authority of Confluent Cloud's CRNs.</summary>
    public const string CloudAuthority = "confluent.cloud";

    /// <summary>The <c>ConfluentResource</c> resource type: the CRN is the whole address, recorded as <c>resourceName</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("ConfluentResource", AuditEventFamily.Confluent, "<crn>", "resourceName");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Crn];

    /// <summary>A Confluent Cloud CRN made of <c>kind=name</c> segments: <c>Of(("kafka", "lkc-6k8r8q"), ("topic", "orders"))</c>.</summary>
    public static ConfluentResource Of(params (string Kind, string Name)[] path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new($"crn://{CloudAuthority}/{string.Join('/', path.Select(segment => $"{segment.Kind}={segment.Name}"))}");
    }

    /// <inheritdoc />
    public override string ToString() => Crn;
}
