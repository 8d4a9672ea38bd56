namespace AuditLog.Kafka.Wire;

/// <summary>What checking a record's chain hash against its stored payload found.</summary>
internal enum ChainHashCheck
{
    /// <summary>The hash is the one the payload and link give: the event was not altered.</summary>
    Match,

    /// <summary>The hash is not the one the payload and link give: the record was altered, or forged.</summary>
    Mismatch,

    /// <summary>The hash is keyed (<c>hmac-sha256:</c>) and no integrity key was given.</summary>
    CannotCheck,
}
