using System.Text.RegularExpressions;

namespace AuditLog.Testing.Kafka;

/// <summary>
/// Recognises the file names under which librdkafka is shipped and loaded: the plain
/// <c>librdkafka.so</c>, <c>.dylib</c> and <c>.dll</c>, a versioned <c>librdkafka.so.1</c>, and the
/// platform variants of the <c>librdkafka.redist</c> package such as <c>centos8-librdkafka.so</c> and
/// <c>alpine-librdkafka.so</c>, which Confluent.Kafka falls back to when the plain file's dependencies
/// (for example <c>libsasl2.so.3</c>) are missing.
/// </summary>
internal static partial class LibrdkafkaFileName
{
    /// <summary>Whether <paramref name="fileName"/> (no folder) names a librdkafka C library.</summary>
    /// <remarks>The C++ wrapper (<c>librdkafkacpp</c>) and unrelated files are not matched.</remarks>
    internal static bool IsLibrdkafka(string fileName) => Pattern().IsMatch(fileName);

    // An optional "<variant>-" prefix, the name, a native extension, an optional ".N.N" version.
    [GeneratedRegex(@"^([a-z0-9_.]+-)?librdkafka\.(so(\.[0-9]+)*|dylib|dll)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
