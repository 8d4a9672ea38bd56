using System.Text;

namespace AuditLog.PostgreSql.Tests.Reading;

/// <summary>A strict RFC 4180 reader for the tests: CRLF records, quoted fields with doubled quotes.</summary>
public static class Rfc4180
{
    public static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("An unterminated quoted field.");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"')
                    {
                        throw new FormatException("A quote inside an unquoted field.");
                    }

                    field.Append(text[i++]);
                }
            }

            record.Add(field.ToString());
            field.Clear();
            if (i >= text.Length)
            {
                throw new FormatException("The last record does not end with CRLF.");
            }

            if (text[i] == ',')
            {
                i++;
            }
            else if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                records.Add(record);
                record = [];
                i += 2;
            }
            else
            {
                throw new FormatException($"A bare line break or stray character at {i}.");
            }
        }

        return records;
    }
}
