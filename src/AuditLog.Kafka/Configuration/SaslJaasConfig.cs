using System.Text;

namespace AuditLog.Kafka.Configuration;

/// <summary>
/// The credentials in a <c>sasl.jaas.config</c> value:
/// <c>org.apache.kafka.common.security.plain.PlainLoginModule required username="alice" password="secret";</c>.
/// Problems are described without quoting the text, which holds the password.
/// </summary>
internal sealed record SaslJaasConfig(SaslLoginModule Module, string Username, string Password)
{
    private const string PlainLoginModule = "org.apache.kafka.common.security.plain.PlainLoginModule";
    private const string ScramLoginModule = "org.apache.kafka.common.security.scram.ScramLoginModule";

    /// <summary>Reads <paramref name="text"/>; null with <paramref name="problem"/> set when it cannot be used.</summary>
    public static SaslJaasConfig? Parse(string text, out string? problem)
    {
        var reader = new Reader(text);
        SaslLoginModule? module = reader.ReadWord() switch
        {
            PlainLoginModule => SaslLoginModule.Plain,
            ScramLoginModule => SaslLoginModule.Scram,
            _ => null,
        };
        if (module is null)
        {
            problem = $"must use {PlainLoginModule} or {ScramLoginModule}: other login modules (OAuth, Kerberos…) have no librdkafka mapping here; use SASL PLAIN or SCRAM credentials";
            return null;
        }

        if (reader.ReadWord() != "required")
        {
            problem = "must give the login module the flag 'required'";
            return null;
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        while (!reader.TryReadEnd())
        {
            // Option names are not echoed: in a malformed value they may be pieces of the password.
            if (reader.ReadOption() is not var (name, value))
            {
                problem = "must be options name=\"value\" after 'required', ending with ';' (a quote inside a value is written \\\")";
                return null;
            }

            if (name is not ("username" or "password"))
            {
                problem = "may hold only the options username and password";
                return null;
            }

            if (!options.TryAdd(name, value))
            {
                problem = $"sets {name} more than once";
                return null;
            }
        }

        if (!reader.IsAtEnd)
        {
            problem = "must hold exactly one login module, ending with ';'";
            return null;
        }

        if (!options.TryGetValue("username", out var username) || !options.TryGetValue("password", out var password))
        {
            problem = "must set both username and password";
            return null;
        }

        problem = null;
        return new SaslJaasConfig(module.Value, username, password);
    }

    private sealed class Reader(string text)
    {
        private int position;

        public bool IsAtEnd
        {
            get
            {
                SkipWhiteSpace();
                return position == text.Length;
            }
        }

        public string ReadWord()
        {
            SkipWhiteSpace();
            var start = position;
            while (position < text.Length && !char.IsWhiteSpace(text[position]) && text[position] is not (';' or '=' or '"'))
            {
                position++;
            }

            return text[start..position];
        }

        // A text that ends without the closing ';' is malformed: ReadOption then finds no name.
        public bool TryReadEnd()
        {
            SkipWhiteSpace();
            if (position < text.Length && text[position] == ';')
            {
                position++;
                return true;
            }

            return false;
        }

        public (string Name, string Value)? ReadOption()
        {
            var name = ReadWord();
            SkipWhiteSpace();
            if (name.Length == 0 || position == text.Length || text[position] != '=')
            {
                return null;
            }

            position++;
            SkipWhiteSpace();
            var value = position < text.Length && text[position] == '"' ? ReadQuoted() : ReadWord();
            return string.IsNullOrEmpty(value) ? null : (name, value);
        }

        // Java reads quoted values with StreamTokenizer: a backslash takes the next character as it is.
        private string? ReadQuoted()
        {
            var value = new StringBuilder();
            for (position++; position < text.Length; position++)
            {
                var c = text[position];
                if (c == '"')
                {
                    position++;
                    return value.ToString();
                }

                if (c == '\\')
                {
                    if (++position == text.Length)
                    {
                        break;
                    }

                    c = text[position];
                }

                value.Append(c);
            }

            return null;
        }

        private void SkipWhiteSpace()
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }
        }
    }
}
