using JourneyKit.Serialization.Json;
using System.Xml.Linq;
using JourneyKit.Diffing;
using JourneyKit.Rendering;
using JourneyKit.Samples.Maps;
using JourneyKit.Serialization;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Rendering;

public class JourneyMapHtmlTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [MemberData(nameof(SampleMaps.Names), MemberType = typeof(SampleMaps))]
    public void Render_SampleMap_MatchesTheGoldenFile(string name)
    {
        var map = SampleMaps.Named(name);

        Golden.Check(JourneyMapHtml.Default.Serialize(map), "docs", "examples", $"{map.Id}.html");
    }

    [Fact]
    public void RenderDiff_SampleRevisions_MatchesTheGoldenFile()
    {
        Golden.Check(JourneyMapHtml.Default.RenderDiff(OnlineShoePurchase.Build(3), OnlineShoePurchase.Build(4)), "docs", "examples", "buy-running-shoes-online.changes.html");
    }

    [Fact]
    public void RenderDiff_StoredDiff_DrawsWhatTheTwoRevisionsDraw()
    {
        var (before, after) = (OnlineShoePurchase.Build(3), OnlineShoePurchase.Build(4));
        var stored = JourneyDiffJson.Default.Deserialize(JourneyDiffJson.Default.Serialize(JourneyDiff.Compare(before, after)));

        JourneyMapHtml.Default.RenderDiff(before, stored).Should().Be(JourneyMapHtml.Default.RenderDiff(before, after));
        JourneyMapSvg.Default.RenderDiff(before, stored).Should().Be(JourneyMapSvg.Default.RenderDiff(before, after));
    }

    [Fact]
    public void RenderDiff_DiffOfAnotherMap_IsRefusedAsDrift()
    {
        var diff = JourneyDiff.Compare(OnlineShoePurchase.Build(3), OnlineShoePurchase.Build(4));

        var act = () => JourneyMapHtml.Default.RenderDiff(CanteenLunch.Build(), diff);

        act.Should().Throw<JourneyPatchException>();
    }

    [Fact]
    public void Render_SampleMap_IsOneSelfContainedPageThatForbidsScriptsAndRequests()
    {
        var html = JourneyMapHtml.Default.Serialize(OnlineShoePurchase.Build());

        var page = JourneyMapSvgTests.ParseXml(html);
        var meta = page.Descendants("meta").Single(m => (string?)m.Attribute("http-equiv") == "Content-Security-Policy");
        meta.Attribute("content")!.Value.Should().StartWith("default-src 'none';");
        page.Descendants().Select(e => e.Name.LocalName).Should().NotContain(["script", "link", "img", "iframe", "object"]);
        page.Descendants().Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => a.Value)
            .Should().NotContain(value => value.Contains("http://", StringComparison.OrdinalIgnoreCase) || value.Contains("https://", StringComparison.OrdinalIgnoreCase), "links to evidence are shown as text, never fetched or followed");
        html.Should().Contain("https://research.example.com/interviews/7").And.Contain("@media print");
        page.Descendants(Svg + "svg").Should().ContainSingle();
    }

    [Fact]
    public void Render_SampleMap_HasDetailTablesOrderedBySeverityAndPriority()
    {
        var map = OnlineShoePurchase.Build();

        var page = JourneyMapSvgTests.ParseXml(JourneyMapHtml.Default.Serialize(map));

        var headings = page.Descendants("h2").Select(h => h.Value).ToList();
        headings.Should().ContainInOrder("Persona: Weekend runner", "Steps", "Pain points, most severe first", "Opportunities, highest impact and lowest effort first", "Metrics", "Back stage", "Paths");
        var tables = page.Descendants("table").ToList();
        var rows = (XElement table) => table.Descendants("tr").Skip(1).Select(r => r.Elements("td").Select(c => c.Value).ToList()).ToList();
        rows(tables[0]).Select(r => r[1]).Should().Equal(map.Steps.Select(s => s.Name + (s.Description is null ? "" : " — " + s.Description)));
        rows(tables[1]).Select(r => r[0]).Should().Equal("Critical", "High");
        rows(tables[2]).Select(r => (r[1], r[2])).Should().Equal(("High", "Low"), ("High", "Medium"));
    }

    [Fact]
    public void Render_ElementsWithCustomProperties_ListsEveryPropertyInATable()
    {
        var map = JourneyMap.Create("Lunch").Property("team", "canteen")
            .Stage("Pay", s => s.Step("Pays", st => st.Property("crm-id", "C-1").PainPoint("The queue is long", p => p.Severity(PainSeverity.High).Property("ticket", "JK-7"))))
            .Build();

        var page = JourneyMapSvgTests.ParseXml(JourneyMapHtml.Default.Serialize(map));

        page.Descendants("h2").Select(h => h.Value).Should().Contain("Custom properties");
        var table = page.Descendants("table").Last();
        table.Descendants("tr").Skip(1).Select(r => string.Join(" | ", r.Elements("td").Select(c => c.Value))).Should().Equal(
            "Map: Lunch | team | canteen", "Step: Pays | crm-id | C-1", "Pain point: The queue is long | ticket | JK-7");
    }

    [Fact]
    public void Render_NoCustomProperties_LeavesTheTableOut()
    {
        var page = JourneyMapSvgTests.ParseXml(JourneyMapHtml.Default.Serialize(DiffMaps.Lunch()));

        page.Descendants("h2").Select(h => h.Value).Should().NotContain("Custom properties");
    }

    [Fact]
    public void RenderDiff_SampleRevisions_MarksEveryChangedElementAndListsEveryChange()
    {
        var (before, after) = (OnlineShoePurchase.Build(3), OnlineShoePurchase.Build(4));
        var diff = JourneyDiff.Compare(before, after);

        var page = JourneyMapSvgTests.ParseXml(JourneyMapHtml.Default.RenderDiff(before, after));

        var marks = page.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "mark").Select(t => t.Value).ToList();
        marks.Should().Contain(["+ added", "− removed", "~ changed", "↔ moved"]);
        var removed = page.Descendants(Svg + "g").Where(g => ((string?)g.Attribute("class"))?.Contains("removed", StringComparison.Ordinal) == true)
            .Select(g => JourneyMapSvgTests.Squeezed(g.Value)).ToList();
        foreach (var pain in before.Steps.SelectMany(s => s.PainPoints).Where(p => after.FindPainPoint(p.Id) is null && diff.Changes.All(c => c.PreviousId != p.Id)))
        {
            removed.Should().Contain(r => r.Contains(JourneyMapSvgTests.Squeezed(pain.Description), StringComparison.Ordinal), $"removed pain point '{pain.Description}' is drawn where it was");
        }

        page.Descendants("table").Single().Descendants("tr").Skip(1).Should().HaveCount(diff.Changes.Count);
    }

    [Fact]
    public void RenderDiff_EqualMaps_SaysThereAreNoChanges()
    {
        var html = JourneyMapHtml.Default.RenderDiff(CanteenLunch.Build(), CanteenLunch.Build());

        html.Should().Contain("0 changes").And.Contain("No changes: the two revisions are the same.").And.NotContain("class=\"mark\"");
    }

    [Fact]
    public void Render_HostileLabels_StayTextInAWellFormedPage()
    {
        for (var offset = 0; offset < HostileLabels.All.Length; offset++)
        {
            var map = HostileLabels.Map(offset);

            var page = JourneyMapSvgTests.ParseXml(JourneyMapHtml.Default.Serialize(map));

            page.Descendants().Select(e => e.Name.LocalName).Should().NotContain(["script", "foreignObject", "a", "iframe", "img", "link"]);
            page.Descendants().SelectMany(e => e.Attributes()).Select(a => a.Name.LocalName).Should().NotContain(n => n.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            page.Descendants("h1").Single().Value.Should().Be(JourneyMapSvgTests.Readable(map.Title).Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '));
        }
    }

    [Fact]
    public void DefaultFormats_HtmlExtensions_FindTheHtmlWriter()
    {
        JourneyMapFormats.Default.FindByExtension("map.html")!.Writer.Should().BeSameAs(JourneyMapHtml.Default);
        JourneyMapFormats.Default.FindByExtension("map.htm")!.Writer.Should().BeSameAs(JourneyMapHtml.Default);
    }
}
