namespace AuditLog.PostgreSql;

/// <summary>What <see cref="AuditIntegrityVerifier.VerifyAsync"/> found.</summary>
/// <param name="IsIntact">True when every chain is whole: no event changed, removed, inserted or reordered.</param>
/// <param name="EventsChecked">The events read and checked; when a chain is broken, those up to and including the one at fault.</param>
/// <param name="Chains">The writers' chains seen (each writer instance keeps one), up to the broken one.</param>
/// <param name="FirstViolation">The first break, in the order of writer id then sequence; null when intact.</param>
public sealed record AuditVerificationResult(bool IsIntact, long EventsChecked, int Chains, AuditIntegrityViolation? FirstViolation);
