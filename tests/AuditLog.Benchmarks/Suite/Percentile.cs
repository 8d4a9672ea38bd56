namespace AuditLog.Benchmarks.Suite;

/// <summary>Nearest-rank percentiles of measured values.</summary>
internal static class Percentile
{
    public static double Of(IReadOnlyCollection<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Clamp(Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
