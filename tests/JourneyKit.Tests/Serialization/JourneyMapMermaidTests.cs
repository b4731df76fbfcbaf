using JourneyKit.Samples.Maps;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Mermaid;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Serialization;

/// <summary>Every diagram is read back by the real Mermaid 11 parser from npm, and must say what the map says.</summary>
public class JourneyMapMermaidTests
{
    private static readonly string[] Hostile =
    [
        "Pays: by card", "#hashtag", "one; two", "section Pay", "title Oops", "%% not a comment", "%%{init: {}}%%", "accDescr { x }",
        "accTitle: x", "journey", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "line\nbreak", "tab\there", "  spaced  ",
        "🎉 party", "选择午餐", "Оплата", "שלום", "\"quoted\"", "back\\slash", "a\u2028b", "]]>", "</svg>", "javascript:alert(1)",
        "=SUM(A1)", "{\"json\": true}", "a,b", "3: Me",
    ];

    /// <summary>Undoes the writer's documented substitutions, to compare what Mermaid read with what the map holds.</summary>
    private static string Original(string read) =>
        read.Replace("\u2060", "", StringComparison.Ordinal).Replace('∶', ':').Replace('＃', '#').Replace('；', ';').Replace('‚', ',').Replace('‹', '<').Replace('›', '>');

    private static string AsWritten(string text) =>
        new string([.. text.Where(c => c != '\uFEFF').Select(Shown)]).Trim();

    /// <summary>Line breaks and tabs become spaces; other controls and non-characters, which no export can show, U+FFFD.</summary>
    private static char Shown(char c) => c is '\t' or '\n' or '\r' or '\u2028' or '\u2029' ? ' ' : char.IsControl(c) || c is '\uFFFE' or '\uFFFF' ? '\uFFFD' : c;

    [Fact]
    public void Serialize_SampleMaps_GiveDiagramsMermaidReadsAsTheMap()
    {
        JourneyMap[] maps = [CanteenLunch.Build(), OnlineShoePurchase.Build(), B2BSoftwarePurchase.Build()];

        var readings = MermaidChecker.Parse([.. maps.Select(JourneyMapMermaid.Default.Serialize)]);

        for (var i = 0; i < maps.Length; i++)
        {
            var (map, reading) = (maps[i], readings[i]);
            reading.Valid.Should().BeTrue(reading.Error);
            reading.Title.Should().Be(map.Title);
            reading.Sections.Should().Equal(map.Stages.Select(s => s.Name));
            reading.Tasks.Select(t => (t.Section, t.Task)).Should().Equal(map.Stages.SelectMany(s => s.Steps.Select(st => (s.Name, st.Name))));
            reading.Tasks.Select(t => t.People).Should().OnlyContain(p => p.SequenceEqual(map.Personas.Select(x => x.Name)));
        }
    }

    [Fact]
    public void Serialize_Scores_AreMappedFromTheMapsScaleToOneToFive()
    {
        var map = JourneyMap.Create("Scores").EmotionScale(-10, 10)
            .Stage("All", s => s.Step("Worst", st => st.Emotion(-10)).Step("Low", st => st.Emotion(-4)).Step("Even", st => st.Emotion(0)).Step("High", st => st.Emotion(6)).Step("Best", st => st.Emotion(10)).Step("None"))
            .Build();

        var export = JourneyMapMermaid.Default.Export(map);
        var reading = MermaidChecker.Parse([export.Text])[0];

        reading.Tasks.Select(t => t.Score).Should().Equal(1, 2, 3, 4, 5, 3);
        export.Losses.Should().Contain("Step 'None' has no emotion; it shows the middle score, 3.");
        export.Losses.Should().Contain(l => l.StartsWith("Scores on the scale -10..+10", StringComparison.Ordinal));
    }

    [Fact]
    public void Serialize_HostileLabels_GiveDiagramsMermaidAcceptsAndReadsWithoutLoss()
    {
        var maps = Hostile.Select((label, i) => JourneyMap.Create(label)
            .Persona(label, p => p.Id("persona"))
            .Stage(label, s => s.Id("stage").Step(label, st => st.Id("step").Emotion(1)).Step("After " + i, st => st.Emotion(-2)))
            .Build()).ToList();

        var readings = MermaidChecker.Parse([.. maps.Select(JourneyMapMermaid.Default.Serialize)]);

        for (var i = 0; i < maps.Count; i++)
        {
            var (label, reading) = (Hostile[i], readings[i]);
            reading.Valid.Should().BeTrue($"Mermaid must accept a map labelled {label}: {reading.Error}");
            Original(reading.Title!).Should().Be(AsWritten(label), "the title must not be cut");
            reading.Sections.Select(Original).Should().Equal([AsWritten(label)], "the section must not be cut");
            reading.Tasks.Select(t => (Original(t.Task), t.Score)).Should().Equal([(AsWritten(label), 4), ("After " + i, 1)], "no task may be cut, merged or lost");
            reading.Tasks.Should().OnlyContain(t => t.People.Select(Original).SequenceEqual(new[] { AsWritten(label) }));
        }
    }

    [Fact]
    public void Serialize_RandomMaps_AlwaysGiveDiagramsMermaidAccepts()
    {
        var maps = Enumerable.Range(0, 40).Select(seed => RandomMaps.Build(seed)).ToList();

        var readings = MermaidChecker.Parse([.. maps.Select(JourneyMapMermaid.Default.Serialize)]);

        for (var i = 0; i < maps.Count; i++)
        {
            readings[i].Valid.Should().BeTrue(readings[i].Error);
            readings[i].Tasks.Select(t => Original(t.Task)).Should().Equal(maps[i].Steps.Select(s => AsWritten(s.Name)));
        }
    }

    [Fact]
    public void Export_SampleMap_SaysWhatTheDiagramLeavesOut()
    {
        var losses = JourneyMapMermaid.Default.Export(OnlineShoePurchase.Build()).Losses;

        losses.Should().Contain("2 pain points are not shown: a Mermaid journey has no place for them.");
        losses.Should().Contain("1 branches, loops and exits are not shown: a Mermaid journey has no place for them.");
    }

    [Fact]
    public void DefaultFormats_MermaidExtensions_FindTheMermaidWriter()
    {
        JourneyMapFormats.Default.FindByExtension("journey.mmd")!.Writer.Should().BeSameAs(JourneyMapMermaid.Default);
        JourneyMapFormats.Default.FindByExtension("journey.mermaid")!.Writer.Should().BeSameAs(JourneyMapMermaid.Default);
    }
}
