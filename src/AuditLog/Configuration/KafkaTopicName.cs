namespace AuditLog.Configuration;

/// <summary>Kafka's rules for topic names.</summary>
internal static class KafkaTopicName
{
    public const int MaxLength = 249;

    /// <summary>Why <paramref name="name"/> is not a legal topic name, or null when it is.</summary>
    public static string? Check(string name)
    {
        if (name.Length == 0)
        {
            return "must not be empty";
        }

        if (name.Length > MaxLength)
        {
            return $"must be at most {MaxLength} characters";
        }

        if (name is "." or "..")
        {
            return "must not be '.' or '..'";
        }

        return name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-')
            ? null
            : "may only contain ASCII letters, digits, '.', '_' and '-'";
    }
}
