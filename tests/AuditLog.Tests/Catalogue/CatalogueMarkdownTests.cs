namespace AuditLog.Tests.Catalogue;

public sealed class CatalogueMarkdownTests
{
    private static readonly string[] Lines = CatalogueMarkdown.Render().Split('\n');

    [Fact]
    public void Render_is_deterministic()
    {
        CatalogueMarkdown.Render().Should().Be(CatalogueMarkdown.Render());
    }

    [Fact]
    public void Render_uses_LF_line_endings()
    {
        CatalogueMarkdown.Render().Should().NotContain("\r").And.EndWith("\n");
    }

    [Fact]
    public void Render_says_the_file_is_generated_and_how_to_regenerate_it()
    {
        CatalogueMarkdown.Render().Should().Contain("do not edit").And.Contain("./build.sh docs");
    }

    [Fact]
    public void Render_lists_every_entry_once_in_a_table_row()
    {
        // An event row starts with the family; counterpart and alias rows name events too.
        var rows = AuditCatalogue.All.Select(t => Lines.Count(l => l.StartsWith($"| {t.Family} | `{t.Name}`", StringComparison.Ordinal)));

        rows.Should().OnlyContain(count => count == 1);
    }

    [Fact]
    public void Render_shows_the_detail_after_the_name()
    {
        CatalogueMarkdown.Render().Should().Contain("`consumergroup.Updated` (ResetOffsets)")
            .And.Contain("`application.access-request.Approved` (from / to)");
    }

    [Fact]
    public void Render_shows_templates_and_CloudEvents_types_as_code()
    {
        CatalogueMarkdown.Render().Should().Contain("`kafka:/cluster/<uuid>/connect/<connect-cluster-id>/<connector-name>`")
            .And.Contain("`AuditLogEventType(Kafka,Topic,Create)`")
            .And.Contain("`crn:///kafka=<cluster>/<resourceType>=<resourceName>`");
    }

    [Fact]
    public void Render_lists_every_resource_type()
    {
        var docs = CatalogueMarkdown.Render();

        AuditCatalogue.ResourceTypes.Should().OnlyContain(r => docs.Contains($"| {r.Family} | {r.Name} |", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_gives_every_table_row_as_many_cells_as_its_header()
    {
        var mismatched = new List<string>();
        var columns = 0;
        foreach (var line in Lines)
        {
            if (!line.StartsWith('|'))
            {
                columns = 0;
                continue;
            }

            var cells = CellCount(line);
            if (columns == 0)
            {
                columns = cells;
            }
            else if (cells != columns)
            {
                mismatched.Add(line);
            }
        }

        mismatched.Should().BeEmpty();
    }

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("<tag> & more", "&lt;tag&gt; &amp; more")]
    [InlineData("snake_case *bold* [link]", "snake\\_case \\*bold\\* \\[link\\]")]
    [InlineData("two\nlines", "two lines")]
    public void Text_escapes_markdown_and_html(string value, string expected)
    {
        CatalogueMarkdown.Text(value).Should().Be(expected);
    }

    [Theory]
    [InlineData("<uuid>", "`<uuid>`")]
    [InlineData("a|b", "`a\\|b`")]
    [InlineData("a`b", "``a`b``")]
    [InlineData("`a", "`` `a ``")]
    public void Code_makes_a_code_span_safe_in_a_table(string value, string expected)
    {
        CatalogueMarkdown.Code(value).Should().Be(expected);
    }

    // Cells are separated by '|' not preceded by a backslash.
    private static int CellCount(string row)
    {
        var separators = 0;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] == '|' && (i == 0 || row[i - 1] != '\\'))
            {
                separators++;
            }
        }

        return separators - 1;
    }
}
