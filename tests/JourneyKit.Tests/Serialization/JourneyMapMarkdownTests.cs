using JourneyKit.Samples.Maps;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Markdown;
using JourneyKit.Serialization.Mermaid;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Serialization;

/// <summary>Every document is parsed as GitHub-flavoured Markdown by micromark, and its Mermaid block by Mermaid 11.</summary>
public class JourneyMapMarkdownTests
{
    [Theory]
    [MemberData(nameof(SampleMaps.Names), MemberType = typeof(SampleMaps))]
    public void Serialize_SampleMap_MatchesTheGoldenFile(string name)
    {
        var map = SampleMaps.Named(name);

        Golden.Check(JourneyMapMarkdown.Default.Serialize(map), "docs", "examples", $"{map.Id}.md");
    }

    [Fact]
    public void Serialize_SampleMap_ReadsAsHeadingsTablesAndTheMermaidDiagram()
    {
        var map = OnlineShoePurchase.Build();

        var reading = MarkdownChecker.Parse([JourneyMapMarkdown.Default.Serialize(map)])[0];

        reading.Headings.Should().StartWith([(1, map.Title), (2, "Persona: Weekend runner"), (2, "Journey"), (2, "Stages")]);
        reading.Headings.Where(h => h.Depth == 3).Select(h => h.Text).Should().Equal(map.Stages.Select((s, i) => $"{i + 1}. {s.Name}"));
        reading.Code.Should().ContainSingle().Which.Should().Be(("mermaid", JourneyMapMermaid.Default.Serialize(map).TrimEnd('\n')));
        MermaidChecker.Parse([reading.Code[0].Value])[0].Valid.Should().BeTrue();
        var stepTables = reading.Tables.Take(map.Stages.Count).ToList();
        stepTables.SelectMany(t => t.Skip(1).Select(row => row[0])).Should().Equal(map.Steps.Select(s => s.Name + (s.Description is null ? "" : " — " + s.Description) + (s.IsMilestone ? " (milestone)" : "")));
        var pains = reading.Tables[map.Stages.Count];
        pains[0].Should().Equal("Severity", "Pain point", "Step", "Stage");
        pains.Skip(1).Select(r => r[0]).Should().Equal("Critical", "High");
        reading.Active.Should().BeEmpty();
    }

    [Fact]
    public void Serialize_HostileLabels_ShowAsWrittenAndNeverBecomeMarkup()
    {
        var maps = Enumerable.Range(0, HostileLabels.All.Length).Select(HostileLabels.Map).ToList();

        var readings = MarkdownChecker.Parse([.. maps.Select(JourneyMapMarkdown.Default.Serialize)]);

        for (var i = 0; i < maps.Count; i++)
        {
            var (map, reading) = (maps[i], readings[i]);
            // Line breaks and tabs become spaces; other controls and non-characters, which no export can show, U+FFFD.
            string OneLine(string s) => new([.. s.Select(c => c is '\t' or '\n' or '\r' or '\u2028' or '\u2029' ? ' ' : char.IsControl(c) || c is '\uFFFE' or '\uFFFF' ? '\uFFFD' : c)]);
            reading.Active.Should().BeEmpty($"no label may become a link, image or HTML (map {i})");
            reading.Code.Should().ContainSingle($"no label may open or close a code block (map {i})");
            static string Seen(string s) => s.Replace("\u2060", "", StringComparison.Ordinal);
            Seen(reading.Headings[0].Text).Should().Be(OneLine(map.Title).Trim());
            var stepTable = reading.Tables[0];
            stepTable.Should().OnlyContain(row => row.Count == 6, "a pipe in a label must not add a cell");
            Seen(stepTable[1][0]).Should().StartWith(OneLine(map.Steps[0].Name).Trim(), "the word joiners that keep addresses from becoming links are invisible");
            Seen(stepTable[1][2]).Should().Be(OneLine(map.Touchpoints[0].Name).Trim(), "a table cell is trimmed");
        }
    }

    [Fact]
    public void Serialize_LabelThatStartsLikeAListOrHeading_StaysAParagraph()
    {
        var map = JourneyMap.Create("Plain").Description("1. not a list").Persona("Ann", p => p.Segment("- not a bullet")).Stage("A", s => s.Step("B")).Build();

        var reading = MarkdownChecker.Parse([JourneyMapMarkdown.Default.Serialize(map)])[0];

        reading.Paragraphs.Should().Contain(["1. not a list", "- not a bullet"]);
        reading.Lists.Should().BeEmpty();
    }

    [Fact]
    public void Serialize_ElementsWithCustomProperties_ListsEveryPropertyInATable()
    {
        var map = JourneyMap.Create("Lunch").Property("team", "canteen")
            .Stage("Pay", s => s.Step("Pays", st => st.Property("crm-id", "C-1").PainPoint("The queue is long", p => p.Severity(PainSeverity.High).Property("ticket", "JK-7"))))
            .Build();

        var markdown = JourneyMapMarkdown.Default.Serialize(map);

        markdown.Should().EndWith(
            "## Custom properties\n\n| Element | Property | Value |\n|---|---|---|\n" +
            "| Map: Lunch | team | canteen |\n| Step: Pays | crm-id | C-1 |\n| Pain point: The queue is long | ticket | JK-7 |\n\n");
    }

    [Fact]
    public void DefaultFormats_MarkdownExtensions_FindTheMarkdownWriter()
    {
        JourneyMapFormats.Default.FindByExtension("map.md")!.Writer.Should().BeSameAs(JourneyMapMarkdown.Default);
        JourneyMapFormats.Default.FindByMediaType("text/markdown")!.Name.Should().Be("markdown");
    }
}
