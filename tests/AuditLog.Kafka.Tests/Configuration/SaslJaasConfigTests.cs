using AuditLog.Kafka.Configuration;

namespace AuditLog.Kafka.Tests.Configuration;

public sealed class SaslJaasConfigTests
{
    private const string Plain = "org.apache.kafka.common.security.plain.PlainLoginModule";
    private const string Scram = "org.apache.kafka.common.security.scram.ScramLoginModule";

    [Fact]
    public void Reads_the_username_and_password_of_PlainLoginModule()
    {
        var config = SaslJaasConfig.Parse($"{Plain} required username=\"alice\" password=\"s3cret\";", out var problem);

        problem.Should().BeNull();
        config.Should().Be(new SaslJaasConfig(SaslLoginModule.Plain, "alice", "s3cret"));
    }

    [Fact]
    public void Reads_the_username_and_password_of_ScramLoginModule()
    {
        var config = SaslJaasConfig.Parse($"{Scram} required username=\"bob\" password=\"pw\";", out _);

        config.Should().Be(new SaslJaasConfig(SaslLoginModule.Scram, "bob", "pw"));
    }

    [Fact]
    public void Unescapes_quotes_and_backslashes_inside_a_quoted_value()
    {
        var config = SaslJaasConfig.Parse($"{Plain} required username=\"alice\" password=\"a\\\"b\\\\c;d e\";", out _);

        config!.Password.Should().Be("a\"b\\c;d e");
    }

    [Fact]
    public void Accepts_unquoted_values_line_breaks_and_options_in_any_order()
    {
        var config = SaslJaasConfig.Parse($"{Plain}\n  required\n  password=pw\n  username=alice ;", out _);

        config.Should().Be(new SaslJaasConfig(SaslLoginModule.Plain, "alice", "pw"));
    }

    [Theory]
    [InlineData("org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;")]
    [InlineData("com.sun.security.auth.module.Krb5LoginModule required useKeyTab=true keyTab=\"/k.keytab\" principal=\"p@R\";")]
    [InlineData("software.amazon.msk.auth.iam.IAMLoginModule required;")]
    [InlineData("")]
    public void Refuses_any_other_login_module(string text)
    {
        SaslJaasConfig.Parse(text, out var problem).Should().BeNull();

        problem.Should().Contain("PlainLoginModule").And.Contain("ScramLoginModule");
    }

    [Theory]
    [InlineData("optional")]
    [InlineData("sufficient")]
    [InlineData("")]
    public void Refuses_a_flag_other_than_required(string flag)
    {
        SaslJaasConfig.Parse($"{Plain} {flag} username=\"a\" password=\"b\";", out var problem).Should().BeNull();

        problem.Should().Contain("required");
    }

    [Fact]
    public void Refuses_a_missing_username()
    {
        SaslJaasConfig.Parse($"{Plain} required password=\"b\";", out var problem).Should().BeNull();

        problem.Should().Be("must set both username and password");
    }

    [Fact]
    public void Refuses_a_missing_password()
    {
        SaslJaasConfig.Parse($"{Plain} required username=\"a\";", out var problem).Should().BeNull();

        problem.Should().Be("must set both username and password");
    }

    [Fact]
    public void Refuses_a_text_without_the_closing_semicolon()
    {
        SaslJaasConfig.Parse($"{Plain} required username=\"a\" password=\"b\"", out var problem).Should().BeNull();

        problem.Should().Contain("ending with ';'");
    }

    [Fact]
    public void Refuses_an_unterminated_quote()
    {
        SaslJaasConfig.Parse($"{Plain} required username=\"a\" password=\"b;", out var problem).Should().BeNull();

        problem.Should().NotBeNull();
    }

    [Fact]
    public void Refuses_an_option_without_a_value()
    {
        SaslJaasConfig.Parse($"{Plain} required username=\"a\" password=;", out var problem).Should().BeNull();

        problem.Should().NotBeNull();
    }

    [Fact]
    public void Refuses_options_other_than_username_and_password()
    {
        SaslJaasConfig.Parse($"{Scram} required username=\"a\" password=\"b\" tokenauth=\"true\";", out var problem).Should().BeNull();

        problem.Should().Be("may hold only the options username and password");
    }

    [Fact]
    public void Refuses_an_option_set_twice()
    {
        SaslJaasConfig.Parse($"{Plain} required username=\"a\" username=\"b\" password=\"c\";", out var problem).Should().BeNull();

        problem.Should().Be("sets username more than once");
    }

    [Fact]
    public void Refuses_a_second_login_module()
    {
        SaslJaasConfig.Parse($"{Plain} required username=\"a\" password=\"b\"; {Plain} required username=\"c\" password=\"d\";", out var problem).Should().BeNull();

        problem.Should().Contain("exactly one login module");
    }

    [Theory]
    [InlineData("username=\"a\" password=\"hunter2-secret\"")]
    [InlineData("username=\"a\" password=\"hunter2-secret")]
    [InlineData("username=\"a\" password hunter2-secret;")]
    [InlineData("username=\"a\" hunter2-secret=\"x\";")]
    public void Never_quotes_the_text_in_a_problem(string options)
    {
        SaslJaasConfig.Parse($"{Plain} required {options}", out var problem);

        problem.Should().NotBeNull().And.NotContain("hunter2");
    }
}
