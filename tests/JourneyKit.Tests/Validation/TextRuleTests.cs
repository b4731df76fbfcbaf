using JourneyKit.Serialization.Json;
using JourneyKit.Validation;

namespace JourneyKit.Tests.Validation;

/// <summary>The text rules (JK1020-JK1022) look at every text a user can write, and report each at its own path.</summary>
public class TextRuleTests
{
    /// <summary>A map with one of every element, each text ending in the marker <c>§</c>.</summary>
    private const string EveryText = """
        {
          "schemaVersion": 1, "id": "m", "title": "Map§", "description": "About§",
          "revision": { "number": 1, "date": "2026-09-14", "author": "Ann§", "note": "First§" },
          "properties": { "crm§": "42§" },
          "personas": [ { "id": "p", "name": "Student§", "segment": "Budget§", "demographics": { "age§": "18§" },
            "behaviours": [ "Walks§" ], "goals": [ "Eat§" ], "needs": [ "Speed§" ], "frustrations": [ "Queues§" ] } ],
          "channels": [ { "id": "c", "name": "In person§", "description": "Face to face§" } ],
          "owners": [ { "id": "o", "name": "Manager§", "contact": "manager@example.com§" } ],
          "touchpoints": [ { "id": "t", "name": "Till§", "description": "Where one pays§", "channel": "c" } ],
          "stages": [ { "id": "s", "name": "Pay§", "goal": "Pay fast§", "icon": "$§", "questions": [ "Card?§" ],
            "metrics": [ { "id": "sm", "name": "Queue time§", "unit": "min§" } ],
            "steps": [ { "id": "st", "name": "Pays§", "description": "At the till§", "actions": [ "Taps a card§" ],
              "thoughts": [ "Quick§" ], "emotions": [ { "score": 1, "label": "calm§" } ],
              "painPoints": [ { "id": "pp", "description": "Slow§" } ],
              "opportunities": [ { "id": "op", "title": "Faster§", "description": "More tills§", "addresses": [ "pp" ] } ],
              "metrics": [ { "id": "tm", "name": "Tips§", "unit": "eur§" } ],
              "backStage": [ { "id": "b", "name": "Register§", "description": "Old§" } ],
              "evidence": [ { "id": "e", "text": "Said so§", "source": "Interview§", "link": "https://research.example/1" } ],
              "properties": { "tag§": "busy§" } } ] } ],
          "transitions": [ { "id": "x", "kind": "exit", "from": "st", "label": "Leaves§", "share": 0.1 } ]
        }
        """;

    /// <summary>Names and other short, one-line texts: no line breaks, at most 200 characters.</summary>
    private static readonly string[] NamePaths =
    [
        "/title", "/revision", "/properties",
        "/personas/p/name", "/personas/p/segment", "/personas/p/demographics",
        "/channels/c/name", "/owners/o/name", "/owners/o/contact", "/touchpoints/t/name",
        "/stages/s/name", "/stages/s/icon", "/stages/s/metrics/sm/name", "/stages/s/metrics/sm/unit",
        "/stages/s/steps/st/name", "/stages/s/steps/st/emotions", "/stages/s/steps/st/opportunities/op/title",
        "/stages/s/steps/st/metrics/tm/name", "/stages/s/steps/st/metrics/tm/unit", "/stages/s/steps/st/backStage/b/name",
        "/stages/s/steps/st/evidence/e/source", "/stages/s/steps/st/properties",
    ];

    /// <summary>Free text: may span lines, at most 2,000 characters.</summary>
    private static readonly string[] TextPaths =
    [
        "/description", "/revision", "/properties",
        "/personas/p/demographics", "/personas/p/behaviours", "/personas/p/goals", "/personas/p/needs", "/personas/p/frustrations",
        "/channels/c/description", "/touchpoints/t/description", "/transitions/x/label",
        "/stages/s/goal", "/stages/s/questions",
        "/stages/s/steps/st/description", "/stages/s/steps/st/actions", "/stages/s/steps/st/thoughts",
        "/stages/s/steps/st/painPoints/pp/description", "/stages/s/steps/st/opportunities/op/description",
        "/stages/s/steps/st/backStage/b/description", "/stages/s/steps/st/evidence/e/text", "/stages/s/steps/st/properties",
    ];

    private static readonly string[] AllPaths = [.. NamePaths, .. TextPaths];

    [Fact]
    public void BidiControlRule_InEveryText_ReportsEachAtItsPath()
    {
        var report = Validate(@"\u202E");

        PathsOf(report, "JK1022").Should().BeEquivalentTo(AllPaths);
    }

    [Theory]
    [InlineData(@"\n")]
    [InlineData(@"\r")]
    [InlineData(@"\t")]
    public void ControlCharacterRule_LineBreakOrTabInEveryText_ReportsOnlyTheNames(string escaped)
    {
        var issues = Validate(escaped).IssuesOf("JK1021").ToList();

        issues.Select(i => i.Location.Path.ToString()).Should().BeEquivalentTo(NamePaths);
        issues.Should().OnlyContain(i => i.Message.Contains("(names take no line breaks or tabs)", StringComparison.Ordinal));
    }

    [Fact]
    public void ControlCharacterRule_OtherControlInEveryText_ReportsEveryText()
    {
        var issues = Validate(@"\u0007").IssuesOf("JK1021").ToList();

        issues.Select(i => i.Location.Path.ToString()).Should().BeEquivalentTo(AllPaths);
        issues.Where(i => i.Message.Contains("(names take no line breaks or tabs)", StringComparison.Ordinal)).Should().HaveSameCount(NamePaths);
    }

    [Theory]
    [InlineData("\u0000")]
    [InlineData("\u001F")]
    [InlineData("\u007F")]
    [InlineData("\u0085")]
    [InlineData("\u009F")]
    public void ControlCharacterRule_EveryC0AndC1Control_IsReportedInFreeText(string control)
    {
        var map = ValidationMaps.Clean().EditStage("pay", s => s.EditStep("pays", st => st.Thought($"Card{control}")));

        map.Validate().IssuesOf("JK1021").Single().Message.Should().Contain($"U+{(int)control[0]:X4} at position 4");
    }

    [Fact]
    public void ControlCharacterRule_ControlAtTheStart_IsReportedAtPositionZero()
    {
        var map = ValidationMaps.Clean().EditStage("pay", s => s.EditStep("pays", st => st.Thought("\u0007Card")));

        map.Validate().IssuesOf("JK1021").Single().Message.Should().Be(
            "The text of Stage 'Pay' > Step 'Pays' (thoughts) holds the control character U+0007 at position 0; remove it.");
    }

    [Theory]
    [InlineData('\u202A')]
    [InlineData('\u202B')]
    [InlineData('\u202C')]
    [InlineData('\u202D')]
    [InlineData('\u202E')]
    [InlineData('\u2066')]
    [InlineData('\u2067')]
    [InlineData('\u2068')]
    [InlineData('\u2069')]
    public void BidiControlRule_EachControlAtTheStart_IsReportedAtPositionZero(char control)
    {
        var map = ValidationMaps.Clean().EditStage("pay", s => s.EditStep("pays", st => st.Thought($"{control}Cheap")));

        map.Validate().IssuesOf("JK1022").Single().Message.Should().Contain($"U+{(int)control:X4} at position 0");
    }

    [Theory]
    [InlineData('\u200F')]
    [InlineData('\u2029')]
    [InlineData('\u2065')]
    [InlineData('\u206A')]
    public void BidiControlRule_NeighbouringCharacters_DoNotFire(char neighbour)
    {
        var map = ValidationMaps.Clean().EditStage("pay", s => s.EditStep("pays", st => st.Thought($"Cheap{neighbour}")));

        map.Validate().IssuesOf("JK1022").Should().BeEmpty();
    }

    [Fact]
    public void TextTooLongRule_OverTheNameLimitInEveryText_ReportsOnlyTheNames()
    {
        var issues = Validate(new string('x', TextLimits.Name)).IssuesOf("JK1020").ToList();

        issues.Select(i => i.Location.Path.ToString()).Should().BeEquivalentTo(NamePaths);
        issues.Should().OnlyContain(i => i.Message.Contains($"over the limit of {TextLimits.Name}", StringComparison.Ordinal));
    }

    [Fact]
    public void TextTooLongRule_OverTheTextLimitInEveryText_ReportsEveryText()
    {
        var issues = Validate(new string('x', TextLimits.Text)).IssuesOf("JK1020").ToList();

        issues.Select(i => i.Location.Path.ToString()).Should().BeEquivalentTo(AllPaths);
        issues.Where(i => i.Message.Contains($"over the limit of {TextLimits.Text}", StringComparison.Ordinal)).Should().HaveSameCount(TextPaths);
    }

    private static ValidationReport Validate(string marker) =>
        JourneyMapJson.Default.Deserialize(EveryText.Replace("§", marker, StringComparison.Ordinal)).Validate(timeProvider: ValidationMaps.Today);

    private static IEnumerable<string> PathsOf(ValidationReport report, string ruleId) =>
        report.IssuesOf(ruleId).Select(i => i.Location.Path.ToString());

    /// <summary>The documented limits of JK1020: names up to 200 characters, other text up to 2,000.</summary>
    private static class TextLimits
    {
        public const int Name = 200;
        public const int Text = 2000;
    }
}
