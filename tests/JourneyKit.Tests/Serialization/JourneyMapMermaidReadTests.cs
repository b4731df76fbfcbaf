using System.Text;
using JourneyKit.Samples.Maps;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Mermaid;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Serialization;

/// <summary>Reading Mermaid journeys: the reader must see what the real Mermaid 11 parser sees, and name the line of any problem.</summary>
public class JourneyMapMermaidReadTests
{
    private const string WorkingDay = """
        journey
          title My working day
          accDescr: A day at the office
          section Go to work
            Make tea: 5: Me
            Go upstairs: 3: Me
            Do work: 1: Me, Cat
          section Go home
            Go downstairs: 5: Me
            Sit down: 5
        """;

    [Fact]
    public void Deserialize_HandWrittenDiagram_GivesStagesStepsEmotionsAndPersonas()
    {
        var map = JourneyMapMermaid.Default.Deserialize(WorkingDay);

        map.Title.Should().Be("My working day");
        map.Description.Should().Be("A day at the office");
        map.Personas.Select(p => p.Name).Should().Equal("Me", "Cat");
        map.Stages.Select(s => s.Name).Should().Equal("Go to work", "Go home");
        map.Steps.Select(s => s.Name).Should().Equal("Make tea", "Go upstairs", "Do work", "Go downstairs", "Sit down");
        map.FindStep("make-tea")!.Emotions.Should().ContainSingle().Which.Should().Match<Emotion>(e => e.Score == 2 && e.PersonaId == "me");
        map.FindStep("do-work")!.Emotion!.Score.Should().Be(-2, "a task done by every actor has one emotion for everyone");
        map.FindStep("sit-down")!.Emotion!.Score.Should().Be(2);
    }

    [Fact]
    public void Deserialize_CommentsAndFrontMatter_AreReadAsMermaidReadsThem()
    {
        const string text = "---\ntitle: \"From front matter\"\n---\n%% a comment\njourney\n  section One # trailing comment\n    A: 4\n    B: 2 # why\n  %% whole line\n    x%% also a comment: 3\n    C %% D: 3\n";

        var map = JourneyMapMermaid.Default.Deserialize(text);
        var reading = MermaidChecker.Parse([text])[0];

        map.Title.Should().Be("From front matter");
        map.Steps.Select(s => (s.Name, s.Emotion!.Score)).Should().Equal(("A", 1), ("B", -1), ("C %% D", 0));
        reading.Valid.Should().BeTrue(reading.Error);
        reading.Sections.Select(s => s.Trim()).Should().Equal(map.Stages.Select(s => s.Name), "labels are trimmed where Mermaid keeps the space before a comment");
        reading.Tasks.Select(t => (t.Task.Trim(), t.Score - 3)).Should().Equal(map.Steps.Select(s => (s.Name, s.Emotion!.Score)));
    }

    [Fact]
    public void Deserialize_WhatSerializeWrote_GivesTheSameStructureBack()
    {
        var original = OnlineShoePurchase.Build();

        var read = JourneyMapMermaid.Default.Deserialize(JourneyMapMermaid.Default.Serialize(original));

        read.Title.Should().Be(original.Title);
        read.Description.Should().Be(original.Description);
        read.Personas.Select(p => p.Name).Should().Equal(original.Personas.Select(p => p.Name));
        read.Stages.Select(s => (s.Id, s.Name)).Should().Equal(original.Stages.Select(s => (s.Id, s.Name)));
        read.Steps.Select(s => (s.Id, s.Name, s.Emotion?.Score)).Should().Equal(original.Steps.Select(s => (s.Id, s.Name, (int?)(s.Emotion?.Score ?? 0))));
    }

    [Fact]
    public void Deserialize_PerPersonaEmotionsWithOneScore_SurviveARoundTrip()
    {
        var original = JourneyMap.Create("Two people")
            .Persona("Ann").Persona("Bob")
            .Stage("Visit", s => s.Step("Arrive", st => st.Emotion(1, persona: "Ann")).Step("Leave", st => st.Emotion(-1)))
            .Build();

        var export = JourneyMapMermaid.Default.Export(original);
        var read = JourneyMapMermaid.Default.Deserialize(export.Text);

        export.Text.Should().Contain("Arrive: 4: Ann\n");
        export.Losses.Should().NotContain(l => l.Contains("emotions per persona", StringComparison.Ordinal));
        read.FindStep("arrive")!.Emotions.Should().Equal(original.FindStep("arrive")!.Emotions);
        read.FindStep("leave")!.Emotions.Should().Equal(original.FindStep("leave")!.Emotions);
    }

    [Fact]
    public void Deserialize_HostileAndRandomDiagrams_AgreesWithTheRealMermaidParser()
    {
        string[] labels = ["Pays: by card", "#hashtag", "one; two", "section Pay", "title Oops", "%% not", "journey", "<b>bold</b>", "选择午餐", "Оплата", "a,b", "\"q\""];
        var maps = labels.Select(label => JourneyMap.Create(label).Persona(label).Stage(label, s => s.Step(label, st => st.Emotion(1)).Step("Next", st => st.Emotion(-2))).Build())
            .Concat(Enumerable.Range(0, 20).Select(seed => RandomMaps.Build(seed)))
            .ToList();
        var texts = maps.Select(JourneyMapMermaid.Default.Serialize).ToList();

        var readings = MermaidChecker.Parse(texts);

        for (var i = 0; i < texts.Count; i++)
        {
            var map = JourneyMapMermaid.Default.Deserialize(texts[i]);
            var reading = readings[i];
            static string Plain(string s) => s.Replace("\u2060", "", StringComparison.Ordinal).Trim();
            reading.Valid.Should().BeTrue(reading.Error);
            map.Title.Should().Be(Plain(reading.Title!));
            map.Stages.Select(s => s.Name).Should().Equal(reading.Sections.Select(Plain));
            map.Steps.Select(s => (s.Name, s.Emotions.Max(e => e.Score) + 3)).Should().Equal(reading.Tasks.Select(t => (Plain(t.Task), t.Score)));
            map.Personas.Select(p => p.Name).Should().Equal(reading.Tasks.SelectMany(t => t.People).Select(Plain).Distinct());
        }
    }

    [Theory]
    [InlineData("", 1, 1, "a Mermaid journey starts with 'journey'")]
    [InlineData("flowchart LR\n  A --> B", 1, 1, "expected the diagram to start with 'journey', found 'flowchart LR'")]
    [InlineData("journey\n  section A\n    Eat: 7", 3, 10, "task 'Eat' has the score '7'; a score is a whole number from 1 to 5")]
    [InlineData("journey\n  section A\n    Eat: good: Me", 3, 10, "task 'Eat' has the score 'good'")]
    [InlineData("journey\n  section A\n    Eat:", 3, 9, "task 'Eat' has the score ''")]
    [InlineData("journey\n  title T\n  section A\n    just words", 4, 5, "'just words' is not a statement of a journey")]
    [InlineData("journey\n  section A\n    Eat: 3: Me: extra", 3, 5, "more than two ':'")]
    [InlineData("journey\n  section A\n    : 3", 3, 5, "a task needs a name before ':'")]
    [InlineData("---\ntitle: x\njourney", 1, 1, "the front matter that starts with '---' is never closed")]
    [InlineData("journey\n  section A\n    Eat: 3 %% note", 3, 10, "task 'Eat' has the score '3 %% note'")]
    [InlineData("journey\n  section A\n    Eat: 3; Drink: 4", 3, 11, "does not allow ';'")]
    [InlineData("journey\n  accDescr {\n  text\n  }", 2, 3, "multi-line 'accDescr { ... }' is not supported")]
    public void Deserialize_BadDiagram_ThrowsNamingTheLineAndColumn(string text, int line, int column, string reason)
    {
        var act = () => JourneyMapMermaid.Default.Deserialize(text);

        var error = act.Should().Throw<JourneyFormatException>().Which;
        error.Format.Should().Be("mermaid");
        error.Line.Should().Be(line);
        error.Column.Should().Be(column);
        error.Reason.Should().Contain(reason);
        error.Message.Should().StartWith($"mermaid line {line}, column {column}: ");
    }

    [Fact]
    public void Read_InvalidUtf8_ThrowsAFormatError()
    {
        using var stream = new MemoryStream([.. "journey\n  section A\n    "u8, 0xC3, 0x28, .. ": 3\n"u8]);

        var act = () => JourneyMapMermaid.Default.Deserialize(stream);

        act.Should().Throw<JourneyFormatException>().WithMessage("*not valid UTF-8*");
    }

    [Fact]
    public void ReadFile_MermaidExtension_ReadsThroughTheRegistry()
    {
        var path = Path.Combine(Path.GetTempPath(), $"journeykit-{Guid.NewGuid():N}.mmd");
        File.WriteAllText(path, WorkingDay, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            JourneyMapFormats.Default.ReadFile(path).Should().Be(JourneyMapMermaid.Default.Deserialize(WorkingDay));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
