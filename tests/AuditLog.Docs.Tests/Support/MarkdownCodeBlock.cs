namespace AuditLog.Docs.Tests.Support;

/// <summary>A fenced code block of a Markdown file: its language, the rest of the fence line, and where its text starts.</summary>
/// <param name="File">The file, relative to the repository's root.</param>
/// <param name="Language">The first word after the fence (<c>csharp</c>, <c>bash</c>…), lower case.</param>
/// <param name="Info">The words after the language on the fence line (<c>program</c>, <c>record-value</c>…).</param>
/// <param name="FirstLine">The line number, from 1, of the block's first line of text.</param>
/// <param name="Lines">The block's lines, without the fences.</param>
internal sealed record MarkdownCodeBlock(string File, string Language, IReadOnlyList<string> Info, int FirstLine, IReadOnlyList<string> Lines)
{
    public string Text => string.Join('\n', Lines);

    public string Where(int lineInBlock = 0) => $"{File}:{FirstLine + lineInBlock}";

    /// <summary>The fenced blocks of a Markdown file (backtick fences, indented by at most three spaces).</summary>
    public static IReadOnlyList<MarkdownCodeBlock> Read(string relativePath)
    {
        var lines = System.IO.File.ReadAllLines(Repository.PathOf(relativePath));
        var blocks = new List<MarkdownCodeBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (Fence(lines[i]) is not { } fence)
            {
                continue;
            }

            var words = lines[i].Trim()[fence.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var start = i + 1;
            var end = start;
            while (end < lines.Length && !(Fence(lines[end]) is { } closing && closing.Length >= fence.Length && lines[end].Trim() == closing))
            {
                end++;
            }

            blocks.Add(new MarkdownCodeBlock(
                relativePath,
                words.FirstOrDefault()?.ToLowerInvariant() ?? "",
                words.Skip(1).ToArray(),
                start + 1,
                lines[start..Math.Min(end, lines.Length)]));
            i = end;
        }

        return blocks;
    }

    private static string? Fence(string line)
    {
        var trimmed = line.TrimStart(' ');
        if (line.Length - trimmed.Length > 3 || !trimmed.StartsWith("```", StringComparison.Ordinal))
        {
            return null;
        }

        return new string('`', trimmed.TakeWhile(c => c == '`').Count());
    }
}
