using System.Text;
using JourneyKit.Building;
using JourneyKit.Rendering;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Csv;
using JourneyKit.Serialization.Json;
using JourneyKit.Serialization.Markdown;
using JourneyKit.Serialization.Mermaid;
using JourneyKit.Validation;

namespace JourneyKit.Tests.Model;

/// <summary>
/// One policy for text entering the model (docs/model.md, "Text"): the builder, the <c>With...</c> methods and every
/// reader refuse the same text, and every export shows what remains the same way.
/// </summary>
public class TextPolicyTests
{
    private const string LoneSurrogate = "lone \uD800 surrogate";

    private static readonly JourneyMap Lunch = JourneyMap.Create("Lunch").Stage("Pay", s => s.Step("Pays", st => st.Emotion(1))).Build();

    [Fact]
    public void Builder_LoneSurrogate_IsRefusedNamingTheParameter()
    {
        var error = FluentActions.Invoking(() => JourneyMap.Create("Lunch").Stage("Pay", s => s.Step("Pays", st => st.Thought(LoneSurrogate))))
            .Should().Throw<ArgumentException>().Which;

        error.ParamName.Should().Be("thoughts");
        error.Message.Should().Contain("unpaired surrogate (U+D800) at position 5");
    }

    [Fact]
    public void With_LoneSurrogate_IsRefusedNamingTheParameter()
    {
        FluentActions.Invoking(() => Lunch.WithDescription(LoneSurrogate)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("description");
        FluentActions.Invoking(() => Lunch.Stages[0].WithName(LoneSurrogate)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
        FluentActions.Invoking(() => Lunch.WithProperty("key", LoneSurrogate)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("value");
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u0007")]
    [InlineData("\u200B\u200D\u2060")]
    public void WithName_NoVisibleCharacter_IsRefusedLikeTheBuilderRefusesIt(string name)
    {
        FluentActions.Invoking(() => Lunch.Stages[0].Steps[0].WithName(name)).Should().Throw<ArgumentException>().WithMessage("*no visible character*");
        FluentActions.Invoking(() => JourneyMap.Create("Lunch").Stage("Pay", s => s.Step(name)).Build())
            .Should().Throw<JourneyMapBuildException>().WithMessage("*no visible character*");
    }

    [Theory]
    [InlineData("\\u200B")]
    [InlineData("\\u0007")]
    public void JsonReader_NameWithNoVisibleCharacter_FailsNamingTheLine(string escaped)
    {
        var json = JourneyMapJson.Default.Serialize(Lunch).Replace("\"name\": \"Pays\"", $"\"name\": \"{escaped}\"", StringComparison.Ordinal);

        var error = FluentActions.Invoking(() => JourneyMapJson.Default.Deserialize(json)).Should().Throw<JourneyFormatException>().Which;

        error.Reason.Should().Contain("no visible character");
        error.Line.Should().BeGreaterThan(1);
        error.ElementId.Should().Be("pays");
    }

    [Fact]
    public void JsonReader_LoneSurrogateEscape_Fails()
    {
        var json = JourneyMapJson.Default.Serialize(Lunch).Replace("\"name\": \"Pays\"", "\"name\": \"Pays \\ud800\"", StringComparison.Ordinal);

        FluentActions.Invoking(() => JourneyMapJson.Default.Deserialize(json)).Should().Throw<JourneyFormatException>().Which.Line.Should().BeGreaterThan(1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void FreeFormValues_EmptyOrBlank_AreKeptByEveryDoor(string value)
    {
        var map = JourneyMap.Create("Lunch").Property("note", value).Persona("Student", p => p.Demographic("age", value)).Stage("Pay", s => s.Step("Pays")).Build();

        map.Properties["note"].Should().Be(value);
        map.WithProperty("other", value).Properties["other"].Should().Be(value);
        ValueMap.From([new("age", value)])["age"].Should().Be(value);
        JourneyMapJson.Default.Deserialize(JourneyMapJson.Default.Serialize(map)).Should().Be(map);
    }

    [Fact]
    public void FreeFormMaps_LoneSurrogate_IsRefusedByEveryDoor()
    {
        FluentActions.Invoking(() => ValueMap.From([new("key", LoneSurrogate)])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => JourneyMap.Create("Lunch").Persona("Student", p => p.Demographic("age", LoneSurrogate))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Validate_ControlCharacter_IsKeptAndReported()
    {
        var map = JourneyMap.Create("Lunch").Stage("Pay", s => s.Step("Pays", st => st.Description("nul\0 and bell\u0007"))).Build();

        map.Steps.Single().Description.Should().Be("nul\0 and bell\u0007");
        map.Validate().IssuesOf("JK1021").Should().ContainSingle();
    }

    [Fact]
    public void Exports_ControlCharactersAndNoncharacters_BecomeTheReplacementCharacterInEveryTextFormat()
    {
        var map = JourneyMap.Create("Lunch").Stage("Pay", s => s.Step("Pays\0now", st => st.Description("bell\u0007, del\u007F, next line\u0085 and \uFFFE"))).Build();

        var texts = new Dictionary<string, string>
        {
            ["csv"] = JourneyMapCsv.Default.Serialize(map),
            ["markdown"] = JourneyMapMarkdown.Default.Serialize(map),
            ["mermaid"] = JourneyMapMermaid.Default.Serialize(map),
            ["svg"] = JourneyMapSvg.Default.Serialize(map),
            ["html"] = JourneyMapHtml.Default.Serialize(map),
        };

        foreach (var (format, text) in texts)
        {
            text.Should().NotContainAny(["\0", "\u0007", "\u007F", "\u0085", "\uFFFE"], $"{format} cannot show them");
            text.Should().Contain("Pays\uFFFDnow", $"{format} shows where the NUL was");
        }

        var json = JourneyMapJson.Default.Serialize(map);
        json.Should().Contain("Pays\\u0000now", "JSON carries the text exactly");
        JourneyMapJson.Default.Deserialize(json).Should().Be(map);
    }

    [Fact]
    public void DiffJson_TextWithControls_RoundTripsAndApplies()
    {
        var after = Lunch.WithDescription("tab\there, nul\0 there");
        var diff = JourneyKit.Diffing.JourneyDiff.Compare(Lunch, after);

        var read = JourneyDiffJson.Default.Deserialize(JourneyDiffJson.Default.Serialize(diff));

        read.Should().Be(diff);
        JourneyKit.Diffing.JourneyDiff.Apply(Lunch, read).Should().Be(after);
    }

    [Fact]
    public void Mermaid_ActorWithLoneSurrogateInADiagram_IsRefusedAsAFormatError()
    {
        var diagram = new StringBuilder("journey\n section S\n  Task: 3: Ann\uD800\n").ToString();

        FluentActions.Invoking(() => JourneyMapMermaid.Default.Deserialize(diagram)).Should().Throw<JourneyFormatException>();
    }
}
