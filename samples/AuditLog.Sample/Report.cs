using Spectre.Console;

namespace AuditLog.Sample;

/// <summary>What the sample prints: tables drawn with Spectre.Console on a terminal, plain aligned text when the output is redirected.</summary>
internal sealed class Report(TextWriter output, bool terminal)
{
    private readonly IAnsiConsole? console = terminal
        ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) })
        : null;

    public static Report ForConsole() => new(Console.Out, terminal: !Console.IsOutputRedirected);

    public void Line(string text)
    {
        if (console is null)
        {
            output.WriteLine(text);
        }
        else
        {
            console.WriteLine(text);
        }
    }

    public void Heading(string title)
    {
        if (console is null)
        {
            output.WriteLine();
            output.WriteLine($"== {title}");
        }
        else
        {
            console.WriteLine();
            console.Write(new Rule($"[bold]{Markup.Escape(title)}[/]") { Justification = Justify.Left });
        }
    }

    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = rows.ToList();
        if (console is not null)
        {
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var header in headers)
            {
                table.AddColumn(new TableColumn(new Text(header, new Style(decoration: Decoration.Bold))));
            }

            foreach (var row in all)
            {
                table.AddRow(row.Select(cell => new Text(cell)));
            }

            console.Write(table);
            return;
        }

        var widths = headers.Select((h, i) => Math.Max(h.Length, all.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        output.WriteLine(Row(headers, widths));
        foreach (var row in all)
        {
            output.WriteLine(Row(row, widths));
        }
    }

    /// <summary>Names and values, one a line; a value of several lines (JSON) is indented under its name.</summary>
    public void Details(IEnumerable<(string Name, string Value)> details)
    {
        var all = details.ToList();
        if (console is not null)
        {
            var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
            foreach (var (name, value) in all)
            {
                grid.AddRow(new Text(name, new Style(decoration: Decoration.Bold)), new Text(value));
            }

            console.Write(new Panel(grid).Border(BoxBorder.Rounded));
            return;
        }

        var width = all.Max(d => d.Name.Length);
        foreach (var (name, value) in all)
        {
            var lines = value.Split('\n');
            output.WriteLine($"  {name.PadRight(width)}  {lines[0]}");
            foreach (var line in lines.Skip(1))
            {
                output.WriteLine($"  {new string(' ', width)}  {line}");
            }
        }
    }

    private static string Row(IReadOnlyList<string> cells, int[] widths) =>
        ("  " + string.Join("  ", cells.Select((c, i) => i == cells.Count - 1 ? c : c.PadRight(widths[i])))).TrimEnd();
}
