using AuditLog.Docs.Tests.Support;
using AuditLog.Kafka;
using AuditLog.PostgreSql;

namespace AuditLog.Docs.Tests.Configuration;

/// <summary>
/// Keeps README.md's generated sections equal to what their generators make from the code. With
/// <c>AUDITLOG_UPDATE_DOCS=1</c> (what <c>./build.sh docs</c> sets) they are rewritten instead.
/// </summary>
public sealed class GeneratedDocsTests
{
    [Fact]
    public void Readme_configuration_table_is_generated_from_the_options_types()
    {
        GeneratedSection.Check("README.md", "configuration", ConfigurationMarkdown.Render());
    }

    [Fact]
    public void Readme_catalogue_counts_are_the_catalogues()
    {
        var families = Enum.GetValues<AuditEventFamily>()
            .Select(family => $"{AuditCatalogue.Family(family).Count()} {family.ToString().ToLowerInvariant()}");

        GeneratedSection.Check(
            "README.md",
            "catalogue-counts",
            $"{AuditCatalogue.All.Count} event types: {string.Join(", ", families)}, over {AuditCatalogue.ResourceTypes.Count} resource types.");
    }

    [Fact]
    public void The_table_covers_the_options_of_every_package()
    {
        ConfigurationMarkdown.OptionsTypes.Should().Contain(
            [typeof(AuditLogOptions), typeof(AuditLogPublisherOptions), typeof(KafkaClustersOptions), typeof(AuditDatabaseOptions), typeof(PostgreSqlAuditOptions), typeof(KafkaExportOptions)]);
    }

    [Fact]
    public void Every_cdk_variable_sets_an_option()
    {
        ConfigurationMarkdown.VariableKeys.Should().NotBeEmpty();
        ConfigurationMarkdown.VariableKeys.Where(v => v.Value.Count == 0).Select(v => v.Key)
            .Should().BeEmpty("every variable of CdkVariables must bind to an option, or the table cannot name it");
    }
}
