namespace AuditLog.Kafka.Configuration;

/// <summary>
/// Maps a cluster's Java client properties (<c>CDK_CLUSTERS_&lt;n&gt;_PROPERTIES</c>) to librdkafka settings. What
/// librdkafka cannot honour (JKS stores, OAuth or Kerberos, unknown keys) is refused rather than dropped: a client that
/// silently ignored a security setting would connect with less security than its operator configured.
/// </summary>
internal sealed class JavaClientPropertyMapper
{
    private const string ConvertTruststore = "convert the truststore to PEM and set ssl.truststore.type=PEM with ssl.truststore.location (a PEM file) or ssl.truststore.certificates (inline PEM)";
    private const string ConvertKeystore = "convert the keystore to PEM and set ssl.keystore.type=PEM with ssl.keystore.certificate.chain and ssl.keystore.key (or ssl.keystore.location), or use ssl.keystore.type=PKCS12";

    private static readonly string[] SecurityProtocols = ["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"];
    private static readonly string[] SaslMechanisms = ["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"];

    private readonly IReadOnlyDictionary<string, string> java;
    private readonly HashSet<string> read = new(StringComparer.Ordinal);
    private readonly ClientPropertyMapping mapping = new();

    private JavaClientPropertyMapper(IEnumerable<KeyValuePair<string, string>> properties) =>
        java = properties.ToDictionary(StringComparer.Ordinal);

    /// <summary>Maps <paramref name="properties"/>; errors name keys, never values.</summary>
    public static ClientPropertyMapping Map(IEnumerable<KeyValuePair<string, string>> properties)
    {
        var mapper = new JavaClientPropertyMapper(properties);
        mapper.MapSecurity();
        mapper.MapTruststore();
        mapper.MapKeystore();
        mapper.MapEndpointIdentification();
        mapper.MapTheRest();
        return mapper.mapping;
    }

    private void MapSecurity()
    {
        var protocol = Read("security.protocol")?.ToUpperInvariant();
        if (protocol is not null)
        {
            if (SecurityProtocols.Contains(protocol))
            {
                mapping.Settings["security.protocol"] = protocol.ToLowerInvariant();
            }
            else
            {
                Reject("security.protocol", "must be PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL");
            }
        }

        var mechanism = Read("sasl.mechanism");
        if (mechanism is not null)
        {
            if (SaslMechanisms.Contains(mechanism, StringComparer.Ordinal))
            {
                mapping.Settings["sasl.mechanisms"] = mechanism;
            }
            else
            {
                Reject("sasl.mechanism", "must be PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 (GSSAPI and OAUTHBEARER have no librdkafka mapping here)");
            }
        }

        var usesSasl = protocol is "SASL_PLAINTEXT" or "SASL_SSL";
        if (Read("sasl.jaas.config") is not { } jaas)
        {
            if (usesSasl)
            {
                Reject("security.protocol", "SASL_PLAINTEXT or SASL_SSL needs sasl.jaas.config with PlainLoginModule or ScramLoginModule");
            }

            return;
        }

        if (!usesSasl)
        {
            Reject("sasl.jaas.config", "is used only with security.protocol=SASL_PLAINTEXT or SASL_SSL; set one of them or remove it");
            return;
        }

        MapCredentials(jaas, mechanism);
    }

    private void MapCredentials(string jaas, string? mechanism)
    {
        if (SaslJaasConfig.Parse(jaas, out var problem) is not { } credentials)
        {
            Reject("sasl.jaas.config", problem!);
            return;
        }

        if (credentials.Module == SaslLoginModule.Plain && mechanism != "PLAIN")
        {
            Reject("sasl.jaas.config", "uses PlainLoginModule: set sasl.mechanism=PLAIN");
        }
        else if (credentials.Module == SaslLoginModule.Scram && mechanism is not ("SCRAM-SHA-256" or "SCRAM-SHA-512"))
        {
            Reject("sasl.jaas.config", "uses ScramLoginModule: set sasl.mechanism=SCRAM-SHA-256 or SCRAM-SHA-512");
        }

        mapping.Settings["sasl.username"] = credentials.Username;
        mapping.Settings["sasl.password"] = credentials.Password;
    }

    private void MapTruststore()
    {
        var type = Read("ssl.truststore.type");
        var location = Read("ssl.truststore.location");
        var certificates = Read("ssl.truststore.certificates");
        var password = Read("ssl.truststore.password");
        if (type is null && location is null && certificates is null && password is null)
        {
            return;
        }

        if (!string.Equals(type, "PEM", StringComparison.OrdinalIgnoreCase))
        {
            // Java reads a truststore without a type as JKS.
            Reject(type is null ? FirstSet("ssl.truststore.location", "ssl.truststore.certificates", "ssl.truststore.password") : "ssl.truststore.type",
                $"names a JKS or PKCS12 truststore (the type defaults to JKS), which librdkafka cannot read; {ConvertTruststore}");
            return;
        }

        if (IsJavaStoreFile(location))
        {
            Reject("ssl.truststore.location", $"names a JKS or PKCS12 file (.jks, .p12, .pfx), not PEM; {ConvertTruststore}");
            return;
        }

        Copy(location, "ssl.ca.location");
        Copy(certificates, "ssl.ca.pem");
        if (password is not null)
        {
            Reject("ssl.truststore.password", "has no meaning for a PEM truststore; remove it");
        }
    }

    private void MapKeystore()
    {
        var type = Read("ssl.keystore.type")?.ToUpperInvariant();
        var location = Read("ssl.keystore.location");
        var password = Read("ssl.keystore.password");
        var chain = Read("ssl.keystore.certificate.chain");
        var key = Read("ssl.keystore.key");
        var keyPassword = Read("ssl.key.password");
        if (type is null && location is null && password is null && chain is null && key is null && keyPassword is null)
        {
            return;
        }

        switch (type)
        {
            case "PEM" when IsJavaStoreFile(location):
                Reject("ssl.keystore.location", $"names a JKS or PKCS12 file (.jks, .p12, .pfx), not PEM; {ConvertKeystore}");
                break;
            case "PEM":
                // A PEM keystore file holds the key and the chain: librdkafka reads each from the same file.
                Copy(location, "ssl.certificate.location");
                Copy(location, "ssl.key.location");
                Copy(chain, "ssl.certificate.pem");
                Copy(key, "ssl.key.pem");
                Copy(keyPassword, "ssl.key.password");
                if (password is not null)
                {
                    Reject("ssl.keystore.password", "has no meaning for a PEM keystore; remove it (an encrypted key's password is ssl.key.password)");
                }

                break;
            case "PKCS12":
                Copy(location, "ssl.keystore.location");
                Copy(password, "ssl.keystore.password");
                RejectIfSet(chain, "ssl.keystore.certificate.chain", "belongs to a PEM keystore; set ssl.keystore.type=PEM");
                RejectIfSet(key, "ssl.keystore.key", "belongs to a PEM keystore; set ssl.keystore.type=PEM");
                RejectIfSet(keyPassword, "ssl.key.password", "cannot differ from the store password for librdkafka, which opens a PKCS12 keystore with ssl.keystore.password; remove it or convert the keystore to PEM");
                break;
            default:
                Reject(type is null ? FirstSet("ssl.keystore.location", "ssl.keystore.password", "ssl.keystore.certificate.chain", "ssl.keystore.key", "ssl.key.password") : "ssl.keystore.type",
                    $"names a JKS keystore (the type defaults to JKS), which librdkafka cannot read; {ConvertKeystore}");
                break;
        }
    }

    private void MapEndpointIdentification()
    {
        switch (Read("ssl.endpoint.identification.algorithm")?.ToLowerInvariant())
        {
            case null:
                break;
            case "https":
                mapping.Settings["ssl.endpoint.identification.algorithm"] = "https";
                break;
            case "":
                mapping.Settings["ssl.endpoint.identification.algorithm"] = "none";
                break;
            default:
                Reject("ssl.endpoint.identification.algorithm", "must be https or empty (no host name verification)");
                break;
        }
    }

    private void MapTheRest()
    {
        foreach (var (key, value) in java.Where(p => !read.Contains(p.Key)))
        {
            if (PassThroughClientProperties.Keys.Contains(key))
            {
                mapping.Settings[key] = value;
            }
            else
            {
                Reject(key, "has no librdkafka equivalent here; remove it");
            }
        }
    }

    private string? Read(string key)
    {
        read.Add(key);
        return java.GetValueOrDefault(key);
    }

    // A store file whose extension says it is not PEM, whatever ssl.*.type claims.
    private static bool IsJavaStoreFile(string? location) =>
        location is not null && (location.EndsWith(".jks", StringComparison.OrdinalIgnoreCase) ||
            location.EndsWith(".p12", StringComparison.OrdinalIgnoreCase) || location.EndsWith(".pfx", StringComparison.OrdinalIgnoreCase));

    private string FirstSet(params string[] keys) => keys.First(java.ContainsKey);

    private void Copy(string? value, string librdkafkaKey)
    {
        if (value is not null)
        {
            mapping.Settings[librdkafkaKey] = value;
        }
    }

    private void RejectIfSet(string? value, string key, string problem)
    {
        if (value is not null)
        {
            Reject(key, problem);
        }
    }

    private void Reject(string key, string problem) => mapping.Errors.Add(new ClientPropertyError(key, problem));
}
