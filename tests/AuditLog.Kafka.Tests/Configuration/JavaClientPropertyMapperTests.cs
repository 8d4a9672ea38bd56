using AuditLog.Kafka.Configuration;
using Confluent.Kafka;

namespace AuditLog.Kafka.Tests.Configuration;

public sealed class JavaClientPropertyMapperTests
{
    private const string PlainJaas = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"alice\" password=\"s3cret\";";
    private const string ScramJaas = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"bob\" password=\"pw\";";

    [Fact]
    public void Maps_no_properties_to_no_settings()
    {
        var mapping = Map();

        mapping.IsValid.Should().BeTrue();
        mapping.Settings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("PLAINTEXT", "plaintext")]
    [InlineData("SSL", "ssl")]
    [InlineData("ssl", "ssl")]
    [InlineData("SASL_SSL", "sasl_ssl")]
    public void Maps_security_protocol(string java, string librdkafka)
    {
        var mapping = Map(("security.protocol", java));

        mapping.Settings.Should().Equal(new Dictionary<string, string> { ["security.protocol"] = librdkafka });
    }

    [Fact]
    public void Refuses_an_unknown_security_protocol()
    {
        RejectedKeys(("security.protocol", "SSL_PLAINTEXT")).Should().Equal("security.protocol");
    }

    [Theory]
    [InlineData("PLAIN", PlainJaas)]
    [InlineData("SCRAM-SHA-256", ScramJaas)]
    [InlineData("SCRAM-SHA-512", ScramJaas)]
    public void Maps_sasl_mechanism_to_sasl_mechanisms(string mechanism, string jaas)
    {
        var mapping = Map(("security.protocol", "SASL_SSL"), ("sasl.mechanism", mechanism), ("sasl.jaas.config", jaas));

        mapping.Settings.Should().Contain("sasl.mechanisms", mechanism);
    }

    [Theory]
    [InlineData("GSSAPI")]
    [InlineData("OAUTHBEARER")]
    [InlineData("AWS_MSK_IAM")]
    [InlineData("plain")]
    public void Refuses_other_sasl_mechanisms(string mechanism)
    {
        RejectedKeys(("sasl.mechanism", mechanism)).Should().Equal("sasl.mechanism");
    }

    [Fact]
    public void Maps_the_credentials_of_sasl_jaas_config_to_sasl_username_and_password()
    {
        var mapping = Map(("security.protocol", "SASL_PLAINTEXT"), ("sasl.mechanism", "PLAIN"), ("sasl.jaas.config", PlainJaas));

        mapping.IsValid.Should().BeTrue();
        mapping.Settings.Should().Contain("sasl.username", "alice").And.Contain("sasl.password", "s3cret");
    }

    [Fact]
    public void Refuses_a_login_module_other_than_plain_or_scram()
    {
        RejectedKeys(
            ("security.protocol", "SASL_SSL"),
            ("sasl.jaas.config", "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;"))
            .Should().Equal("sasl.jaas.config");
    }

    [Fact]
    public void Refuses_PlainLoginModule_without_sasl_mechanism_PLAIN()
    {
        RejectedKeys(("security.protocol", "SASL_SSL"), ("sasl.mechanism", "SCRAM-SHA-256"), ("sasl.jaas.config", PlainJaas))
            .Should().Equal("sasl.jaas.config");
    }

    [Fact]
    public void Refuses_ScramLoginModule_without_a_SCRAM_mechanism()
    {
        RejectedKeys(("security.protocol", "SASL_SSL"), ("sasl.jaas.config", ScramJaas)).Should().Equal("sasl.jaas.config");
    }

    [Fact]
    public void Refuses_a_SASL_protocol_without_sasl_jaas_config()
    {
        RejectedKeys(("security.protocol", "SASL_SSL"), ("sasl.mechanism", "PLAIN")).Should().Equal("security.protocol");
    }

    [Fact]
    public void Refuses_sasl_jaas_config_without_a_SASL_protocol()
    {
        RejectedKeys(("sasl.mechanism", "PLAIN"), ("sasl.jaas.config", PlainJaas)).Should().Equal("sasl.jaas.config");
    }

    [Fact]
    public void Maps_a_PEM_truststore_file_to_ssl_ca_location()
    {
        var mapping = Map(("ssl.truststore.type", "PEM"), ("ssl.truststore.location", "/etc/ca.pem"));

        mapping.Settings.Should().Equal(new Dictionary<string, string> { ["ssl.ca.location"] = "/etc/ca.pem" });
    }

    [Fact]
    public void Maps_inline_truststore_certificates_to_ssl_ca_pem()
    {
        var mapping = Map(("ssl.truststore.type", "PEM"), ("ssl.truststore.certificates", "-----BEGIN CERTIFICATE-----"));

        mapping.Settings.Should().Equal(new Dictionary<string, string> { ["ssl.ca.pem"] = "-----BEGIN CERTIFICATE-----" });
    }

    [Theory]
    [InlineData("JKS")]
    [InlineData("PKCS12")]
    public void Refuses_a_truststore_librdkafka_cannot_read(string type)
    {
        var errors = Map(("ssl.truststore.type", type), ("ssl.truststore.location", "/etc/truststore.jks")).Errors;

        errors.Should().ContainSingle().Which.Key.Should().Be("ssl.truststore.type");
        errors[0].Problem.Should().Contain("convert the truststore to PEM and set ssl.truststore.type=PEM with ssl.truststore.location");
    }

    [Fact]
    public void Refuses_a_truststore_location_without_a_type_which_Java_reads_as_JKS()
    {
        RejectedKeys(("ssl.truststore.location", "/etc/truststore.jks"), ("ssl.truststore.password", "changeit"))
            .Should().Equal("ssl.truststore.location");
    }

    [Theory]
    [InlineData("/etc/kafka/truststore.jks")]
    [InlineData("/etc/kafka/truststore.P12")]
    [InlineData("/etc/kafka/truststore.pfx")]
    public void Refuses_a_JKS_or_PKCS12_truststore_file_declared_as_PEM(string location)
    {
        RejectedKeys(("ssl.truststore.type", "PEM"), ("ssl.truststore.location", location)).Should().Equal("ssl.truststore.location");
    }

    [Fact]
    public void Refuses_a_JKS_keystore_file_declared_as_PEM()
    {
        RejectedKeys(("ssl.keystore.type", "PEM"), ("ssl.keystore.location", "/etc/kafka/client.jks")).Should().Equal("ssl.keystore.location");
    }

    [Fact]
    public void Refuses_a_password_for_a_PEM_truststore()
    {
        RejectedKeys(("ssl.truststore.type", "PEM"), ("ssl.truststore.location", "/ca.pem"), ("ssl.truststore.password", "x"))
            .Should().Equal("ssl.truststore.password");
    }

    [Fact]
    public void Maps_an_inline_PEM_keystore_to_ssl_certificate_pem_and_ssl_key_pem()
    {
        var mapping = Map(
            ("ssl.keystore.type", "PEM"),
            ("ssl.keystore.certificate.chain", "CHAIN"),
            ("ssl.keystore.key", "KEY"),
            ("ssl.key.password", "KEYPASS"));

        mapping.Settings.Should().Equal(new Dictionary<string, string>
        {
            ["ssl.certificate.pem"] = "CHAIN",
            ["ssl.key.pem"] = "KEY",
            ["ssl.key.password"] = "KEYPASS",
        });
    }

    [Fact]
    public void Maps_a_PEM_keystore_file_to_both_the_certificate_and_the_key_location()
    {
        var mapping = Map(("ssl.keystore.type", "PEM"), ("ssl.keystore.location", "/client.pem"));

        mapping.Settings.Should().Equal(new Dictionary<string, string>
        {
            ["ssl.certificate.location"] = "/client.pem",
            ["ssl.key.location"] = "/client.pem",
        });
    }

    [Fact]
    public void Refuses_a_store_password_for_a_PEM_keystore()
    {
        RejectedKeys(("ssl.keystore.type", "PEM"), ("ssl.keystore.location", "/client.pem"), ("ssl.keystore.password", "x"))
            .Should().Equal("ssl.keystore.password");
    }

    [Fact]
    public void Maps_a_PKCS12_keystore_to_the_librdkafka_keystore_of_the_same_name()
    {
        var mapping = Map(("ssl.keystore.type", "PKCS12"), ("ssl.keystore.location", "/client.p12"), ("ssl.keystore.password", "pw"));

        mapping.Settings.Should().Equal(new Dictionary<string, string>
        {
            ["ssl.keystore.location"] = "/client.p12",
            ["ssl.keystore.password"] = "pw",
        });
    }

    [Theory]
    [InlineData("ssl.keystore.certificate.chain")]
    [InlineData("ssl.keystore.key")]
    [InlineData("ssl.key.password")]
    public void Refuses_PEM_or_key_settings_with_a_PKCS12_keystore(string key)
    {
        RejectedKeys(("ssl.keystore.type", "PKCS12"), ("ssl.keystore.location", "/client.p12"), (key, "x")).Should().Equal(key);
    }

    [Fact]
    public void Refuses_a_JKS_keystore()
    {
        var errors = Map(("ssl.keystore.type", "JKS"), ("ssl.keystore.location", "/client.jks"), ("ssl.keystore.password", "pw")).Errors;

        errors.Should().ContainSingle().Which.Key.Should().Be("ssl.keystore.type");
        errors[0].Problem.Should().Contain("convert the keystore to PEM");
    }

    [Fact]
    public void Refuses_a_keystore_location_without_a_type_which_Java_reads_as_JKS()
    {
        RejectedKeys(("ssl.keystore.location", "/client.jks")).Should().Equal("ssl.keystore.location");
    }

    [Theory]
    [InlineData("https", "https")]
    [InlineData("HTTPS", "https")]
    [InlineData("", "none")]
    public void Maps_ssl_endpoint_identification_algorithm(string java, string librdkafka)
    {
        Map(("ssl.endpoint.identification.algorithm", java)).Settings
            .Should().Equal(new Dictionary<string, string> { ["ssl.endpoint.identification.algorithm"] = librdkafka });
    }

    [Fact]
    public void Refuses_another_endpoint_identification_algorithm()
    {
        RejectedKeys(("ssl.endpoint.identification.algorithm", "ldap")).Should().Equal("ssl.endpoint.identification.algorithm");
    }

    [Theory]
    [InlineData("client.id", "console")]
    [InlineData("client.rack", "eu-west-1a")]
    [InlineData("client.dns.lookup", "use_all_dns_ips")]
    [InlineData("request.timeout.ms", "30000")]
    [InlineData("metadata.max.age.ms", "60000")]
    [InlineData("socket.connection.setup.timeout.ms", "10000")]
    [InlineData("connections.max.idle.ms", "540000")]
    [InlineData("reconnect.backoff.ms", "50")]
    [InlineData("reconnect.backoff.max.ms", "1000")]
    [InlineData("retry.backoff.ms", "100")]
    [InlineData("retry.backoff.max.ms", "1000")]
    [InlineData("socket.send.buffer.bytes", "131072")]
    [InlineData("socket.receive.buffer.bytes", "65536")]
    public void Copies_properties_librdkafka_knows_by_the_same_name(string key, string value)
    {
        Map((key, value)).Settings.Should().Equal(new Dictionary<string, string> { [key] = value });
    }

    [Fact]
    public void Every_copied_property_is_accepted_by_librdkafka()
    {
        var settings = PassThroughClientProperties.Keys.ToDictionary(key => key, SampleValue);

        var build = () => new ProducerBuilder<Null, Null>(new ProducerConfig(settings) { BootstrapServers = "127.0.0.1:1" }).Build().Dispose();

        build.Should().NotThrow();
    }

    [Theory]
    [InlineData("ssl.enabled.protocols")]
    [InlineData("ssl.cipher.suites")]
    [InlineData("sasl.login.callback.handler.class")]
    [InlineData("sasl.username")]
    [InlineData("no.such.property")]
    public void Refuses_keys_without_a_librdkafka_meaning(string key)
    {
        var errors = Map((key, "x")).Errors;

        errors.Should().ContainSingle().Which.Key.Should().Be(key);
        errors[0].Problem.Should().Contain("remove it");
    }

    [Fact]
    public void Reports_every_refused_key_at_once()
    {
        RejectedKeys(("ssl.truststore.location", "/t.jks"), ("ssl.keystore.location", "/k.jks"), ("unknown", "x"))
            .Should().BeEquivalentTo("ssl.truststore.location", "ssl.keystore.location", "unknown");
    }

    [Fact]
    public void Never_puts_a_value_in_an_error()
    {
        const string Secret = "Secret-7f3a";
        var errors = Map(
            ("security.protocol", Secret),
            ("sasl.mechanism", Secret),
            ("sasl.jaas.config", $"org.apache.kafka.common.security.plain.PlainLoginModule required username=\"{Secret}\" password=\"{Secret}\""),
            ("ssl.truststore.location", Secret),
            ("ssl.truststore.password", Secret),
            ("ssl.keystore.type", Secret),
            ("ssl.keystore.password", Secret),
            ("ssl.endpoint.identification.algorithm", Secret),
            ("unknown.key", Secret)).Errors;

        errors.Should().HaveCountGreaterThanOrEqualTo(6);
        errors.Select(e => e.ToString()).Should().AllSatisfy(e => e.Should().NotContain(Secret));
    }

    private static string SampleValue(string key) => key switch
    {
        "client.id" or "client.rack" => "audit",
        "client.dns.lookup" => "use_all_dns_ips",
        _ => "1000",
    };

    private static ClientPropertyMapping Map(params (string Key, string Value)[] properties) =>
        JavaClientPropertyMapper.Map(properties.Select(p => KeyValuePair.Create(p.Key, p.Value)));

    private static IEnumerable<string> RejectedKeys(params (string Key, string Value)[] properties) =>
        Map(properties).Errors.Select(e => e.Key);
}
