using AuditLog.PostgreSql;

namespace AuditLog.AspNetCore.Integrity;

/// <summary>The integrity report <c>GET verify</c> returns.</summary>
/// <param name="IsIntact">Whether every chain is intact.</param>
/// <param name="EventsChecked">The number of events checked.</param>
/// <param name="Chains">The number of chains (writers) checked.</param>
/// <param name="FirstViolation">The first violation found, or null.</param>
internal sealed record VerificationReport(bool IsIntact, long EventsChecked, int Chains, ViolationReport? FirstViolation)
{
    public static VerificationReport From(AuditVerificationResult result) => new(
        result.IsIntact,
        result.EventsChecked,
        result.Chains,
        result.FirstViolation is { } v ? new ViolationReport(v.Kind.ToString(), v.WriterId, v.Sequence, v.EventId, v.Description) : null);
}

/// <summary>One broken link of a chain.</summary>
/// <param name="Kind">Changed, Removed, Inserted or Reordered.</param>
/// <param name="WriterId">The chain's writer.</param>
/// <param name="Sequence">The position in the chain.</param>
/// <param name="EventId">The event, when there is one.</param>
/// <param name="Description">What is wrong, in words.</param>
internal sealed record ViolationReport(string Kind, Guid WriterId, long Sequence, Guid? EventId, string Description);
