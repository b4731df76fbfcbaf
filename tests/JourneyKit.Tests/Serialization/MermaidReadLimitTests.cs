using System.Text;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Mermaid;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Serialization;

/// <summary>Hostile Mermaid diagrams: limits stop work before it is paid for, and repetition costs linear memory.</summary>
public class MermaidReadLimitTests
{
    private static string SameTask(int count)
    {
        var text = new StringBuilder("journey\n section S\n");
        for (var i = 0; i < count; i++)
        {
            text.Append("  x: 3\n");
        }

        return text.ToString();
    }

    [Fact]
    public void Deserialize_20000TasksWithOneName_GivesNumberedStepsInLinearMemory()
    {
        var map = JourneyMapMermaid.Default.Deserialize(SameTask(20_000));

        map.Steps.Should().HaveCount(20_000);
        map.Steps[^1].Id.Should().Be("x-20000");
        Growth.AllocationRatio(4_000, n => JourneyMapMermaid.Default.Deserialize(SameTask(n))).Should().BeLessThan(6);
    }

    /// <summary>Actors are matched without allocating, so their cost is measured by ScalingBenchmarks (ReadMermaidManyActors), not here.</summary>
    [Fact]
    public void Deserialize_30000ActorsOnOneLine_GivesAPersonaEachAndOneEmotionForEveryone()
    {
        var diagram = "journey\n section S\n  Meet everyone: 4: " + string.Join(", ", Enumerable.Range(0, 30_000).Select(i => $"Actor {i}")) + "\n  Leave: 2: Actor 0\n";

        var map = JourneyMapMermaid.Default.Deserialize(diagram);

        map.Personas.Should().HaveCount(30_000);
        map.FindStep("meet-everyone")!.Emotions.Should().ContainSingle().Which.PersonaId.Should().BeNull();
        map.FindStep("leave")!.Emotions.Should().ContainSingle().Which.PersonaId.Should().Be("actor-0");
    }

    [Fact]
    public void Deserialize_MoreActorsThanTheElementLimit_FailsNamingTheLimitAndLine()
    {
        var diagram = "journey\n section S\n  Meet: 4: " + string.Join(", ", Enumerable.Range(0, 30_000).Select(i => $"A{i}")) + "\n";
        var reader = new JourneyMapMermaid { Limits = new ReadLimits { MaxElements = 10_000 } };

        var error = reader.Invoking(r => r.Deserialize(diagram)).Should().Throw<JourneyFormatException>().Which;

        error.Line.Should().Be(3);
        error.Message.Should().Contain("limit of 10000").And.Contain("ReadLimits.MaxElements");
    }

    [Fact]
    public void Deserialize_TitleLongerThanTheStringLimit_FailsBeforeReadingIt()
    {
        var diagram = "journey\n  title " + new string('t', ReadLimits.DefaultMaxStringLength + 1) + "\n";

        var error = JourneyMapMermaid.Default.Invoking(r => r.Deserialize(diagram)).Should().Throw<JourneyFormatException>().Which;

        error.Line.Should().Be(2);
        error.Message.Should().Contain("ReadLimits.MaxStringLength");
    }

    [Fact]
    public void Read_StreamLargerThanTheDocumentLimit_FailsWithoutReadingItAll()
    {
        var reader = new JourneyMapMermaid { Limits = new ReadLimits { MaxDocumentBytes = 1_000 } };
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(SameTask(20_000)));

        reader.Invoking(r => r.Deserialize(stream)).Should().Throw<JourneyFormatException>().WithMessage("*ReadLimits.MaxDocumentBytes*");
        stream.Position.Should().BeLessThan(stream.Length, "reading stops at the limit");
    }

    [Fact]
    public void Deserialize_ActorsWhoseNamesDifferInCase_StayTwoPersonasWithTheirOwnEmotions()
    {
        var map = JourneyMapMermaid.Default.Deserialize("journey\n section S\n  Greets: 5: Ann\n  Waits: 1: ann\n");

        map.Personas.Select(p => (p.Name, p.Id)).Should().Equal(("Ann", "ann"), ("ann", "ann-2"));
        map.FindStep("waits")!.Emotions.Should().ContainSingle().Which.PersonaId.Should().Be("ann-2", "the task is done by 'ann', not by 'Ann'");
        map.FindStep("greets")!.Emotions.Should().ContainSingle().Which.PersonaId.Should().Be("ann");
    }

    [Theory]
    [InlineData("section of the day")]
    [InlineData("title of the day")]
    [InlineData("accTitle: of the day")]
    public void Serialize_DescriptionStartingWithAKeyword_ReadsBackAsWritten(string description)
    {
        var map = JourneyMap.Create("Day").Description(description).Stage("Work", s => s.Step("Tea", st => st.Emotion(1))).Build();

        var read = JourneyMapMermaid.Default.Deserialize(JourneyMapMermaid.Default.Serialize(map));

        read.Description.Should().Be(description);
    }
}
