using System.Text.RegularExpressions;
using AuditLog.Tests.Support;

namespace AuditLog.Tests.Catalogue;

/// <summary><see cref="AddressTemplate.Matches"/> checks the matched text in place; it must accept what TryParse accepts.</summary>
public sealed class AddressTemplateMatchesTests
{
    private static readonly string[] Parts =
    [
        "orders", "a%2Fb", "a%3Db%25", "a%zz", "a%", "%25", "%2f", "0f8fad5b-d9cb-469f-a165-70867728950e",
        "0F8FAD5B-D9CB-469F-A165-70867728950E", "{0f8fad5b-d9cb-469f-a165-70867728950e}", "alice@example.com",
        "a b@c", "@c", "a@", "a@b@c", "crn://confluent.cloud/kafka=lkc-1/topic=orders", "crn:///kafka=lkc-1",
        "crn://confluent.cloud/", "crn://x/ bad=1", "a\u0001", "a\u0085b", "x\0", "\uD800", "\uD83D\uDE00", "",
        new string('a', 512), new string('a', 513), "a\u00A0b@c.d", "a/b", "a=b", "/", "=", "a\nb", "a\n", "\n",
        "crn://x/a=b\n", "crn://confluent.cloud/kafka=lkc-1/topic=a/b", "a-b", "-",
    ];

    // Templates the catalogue does not use, whose parts are not ended by '/' or '=': matched by the pattern.
    private static readonly string[] OtherTemplates = ["//x/<a>-<b>", "<crn>/suffix", "pre<name>", "//y/<name>.json", "<a>=<b>/<crn>"];

    // Each address once, exactly: the theory takes an index, since xunit's ids of string rows do not keep every
    // string apart (lone surrogates) and skip rows whose ids repeat.
    private static readonly string[] AddressList = BuildAddresses();

    public static TheoryData<int> Addresses() => new(Enumerable.Range(0, AddressList.Length));

    private static string[] BuildAddresses()
    {
        var addresses = new List<string>();
        foreach (var template in AuditCatalogue.ResourceTypes.Select(t => t.Template.Text).Distinct().Concat(OtherTemplates))
        {
            foreach (var part in Parts)
            {
                addresses.Add(Regex.Replace(template, "<[^>]+>", _ => part));
            }
        }

        return [.. addresses.Concat(DoorHostileText.Values).Distinct(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public void Matches_agrees_with_TryParse_for_every_template(int index)
    {
        var address = AddressList[index];
        foreach (var template in AuditCatalogue.ResourceTypes.Select(t => t.Template).Concat(OtherTemplates.Select(t => new AddressTemplate(t))))
        {
            template.Matches(address).Should().Be(template.TryParse(address) is not null, template.Text);
        }
    }
}
