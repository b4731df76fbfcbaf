using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using JourneyKit.Rendering;
using JourneyKit.Samples.Maps;
using JourneyKit.Serialization;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Rendering;

public class JourneyMapSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Parses as XML without reading any DTD or external resource, so the test fails on anything but well-formed XML.</summary>
    internal static XDocument ParseXml(string text)
    {
        using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
        return XDocument.Load(reader);
    }

    /// <summary>All text a reader sees, with white space removed, so wrapped lines compare with the label they came from.</summary>
    internal static string Squeezed(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    [Theory]
    [MemberData(nameof(SampleMaps.Names), MemberType = typeof(SampleMaps))]
    public void Render_SampleMap_MatchesTheGoldenFile(string name)
    {
        var map = SampleMaps.Named(name);

        Golden.Check(JourneyMapSvg.Default.Serialize(map), "docs", "examples", $"{map.Id}.svg");
    }

    [Fact]
    public void Render_SameMapTwice_GivesTheSameText()
    {
        JourneyMapSvg.Default.Serialize(OnlineShoePurchase.Build()).Should().Be(JourneyMapSvg.Default.Serialize(OnlineShoePurchase.Build()));
    }

    [Fact]
    public void Render_AnyCulture_GivesTheSameText()
    {
        var invariant = JourneyMapSvg.Default.Serialize(OnlineShoePurchase.Build());
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            JourneyMapSvg.Default.Serialize(OnlineShoePurchase.Build()).Should().Be(invariant);
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            JourneyMapSvg.Default.Serialize(OnlineShoePurchase.Build()).Should().Be(invariant);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Render_SampleMap_ShowsEveryPartOfTheMap()
    {
        var map = OnlineShoePurchase.Build();

        var text = Squeezed(string.Concat(ParseXml(JourneyMapSvg.Default.Serialize(map)).Descendants(Svg + "text").Select(t => t.Value)));

        var expected = map.Stages.Select(s => s.Name).Concat(map.Steps.Select(s => s.Name)).Concat(map.Personas.Select(p => p.Name))
            .Concat(map.Steps.SelectMany(s => s.PainPoints.Select(p => p.Description))).Concat(map.Steps.SelectMany(s => s.Opportunities.Select(o => o.Title)))
            .Concat(map.Steps.SelectMany(s => s.BackStage.Select(b => b.Name))).Concat(map.Touchpoints.Select(t => t.Name)).Concat(map.Owners.Select(o => o.Name))
            .Concat(map.Stages.SelectMany(s => s.Metrics.Select(m => m.Name))).Concat(map.Steps.SelectMany(s => s.Emotions).Where(e => e.Label is not null).Select(e => e.Label!));
        foreach (var label in expected)
        {
            text.Should().Contain(Squeezed(label));
        }

        text.Should().Contain("LINEOFVISIBILITY").And.Contain("Feeling").And.Contain("!!!!CRITICAL").And.Contain("Paths");
        foreach (var transition in map.Transitions)
        {
            text.Should().Contain(Squeezed(map.FindStep(transition.FromStepId)!.Name + (transition.Label is null ? "" : ": " + transition.Label)), "every branch, loop and exit is listed");
        }
    }

    [Fact]
    public void Render_SampleMap_HasATitleADescriptionAndAriaForScreenReaders()
    {
        var map = OnlineShoePurchase.Build();

        var svg = ParseXml(JourneyMapSvg.Default.Serialize(map)).Root!;

        svg.Attribute("role")!.Value.Should().Be("img");
        var labelledBy = svg.Attribute("aria-labelledby")!.Value.Split(' ');
        var title = svg.Elements(Svg + "title").Single();
        var desc = svg.Elements(Svg + "desc").Single();
        labelledBy.Should().Equal(title.Attribute("id")!.Value, desc.Attribute("id")!.Value);
        title.Value.Should().Be("Customer journey map: Buy running shoes online");
        desc.Value.Should().Contain("Weekend runner").And.Contain("Lowest feeling at 'Compares models' (-1)").And.Contain("2 pain points");
        svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("role") == "img").Select(g => g.Attribute("aria-label")!.Value)
            .Should().Contain("Checks out: feels -1, anxious about delivery costs");
    }

    [Fact]
    public void Render_EmotionCurve_HasAPointPerStepWithAnEmotionAtItsScore()
    {
        var map = JourneyMap.Create("Curve").Stage("A", s => s.Step("Low", st => st.Emotion(-2)).Step("None").Step("High", st => st.Emotion(2)).Step("Even", st => st.Emotion(0))).Build();

        var svg = ParseXml(JourneyMapSvg.Default.Serialize(map));

        var points = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("aria-label") is { } l && l.Contains("feels", StringComparison.Ordinal)).ToList();
        points.Select(p => p.Attribute("aria-label")!.Value).Should().Equal("Low: feels -2", "High: feels +2", "Even: feels 0");
        points[0].Elements(Svg + "path").Should().ContainSingle("a score below neutral is a downward triangle, not only a colour");
        points[1].Elements(Svg + "circle").Should().ContainSingle("a score above neutral is a circle");
        points[2].Elements(Svg + "rect").Should().ContainSingle("a neutral score is a diamond");
        var curve = svg.Descendants(Svg + "path").Single(p => p.Attribute("stroke-width")?.Value == "2.5").Attribute("d")!.Value;
        curve.Count(c => c == 'M').Should().Be(2, "the line breaks at the step without an emotion");
    }

    [Fact]
    public void Render_EmotionsPerPersona_DrawACurvePerPersonaWithALegend()
    {
        var map = JourneyMap.Create("Two").Persona("Ann").Persona("Bob")
            .Stage("A", s => s.Step("One", st => st.Emotion(1, persona: "Ann").Emotion(-1, persona: "Bob")).Step("Two", st => st.Emotion(0)))
            .Build();

        var svg = ParseXml(JourneyMapSvg.Default.Serialize(map));
        var onlyBob = ParseXml(new JourneyMapSvg { Options = RenderOptions.Default with { PersonaId = "bob" } }.Serialize(map));

        svg.Descendants(Svg + "path").Where(p => p.Attribute("stroke-width")?.Value == "2.5").Select(p => p.Attribute("stroke-dasharray")!.Value).Should().Equal("", "7 4");
        svg.Descendants(Svg + "text").Select(t => t.Value).Should().Contain(["Ann", "Bob"]);
        onlyBob.Descendants(Svg + "g").Select(g => (string?)g.Attribute("aria-label")).Should().Contain("One: Bob feels -1").And.NotContain("One: Ann feels +1");
    }

    [Fact]
    public void Render_LongAndNonLatinText_WrapsToTheColumnWithoutLosingAnything()
    {
        var chinese = "选择午餐然后付款非常长的中文标签需要在字符之间换行才能显示完整的内容";
        var russian = "Очень длинная кириллическая надпись, которая должна переноситься по словам";
        var word = new string('x', 80);
        var map = JourneyMap.Create("Wrap").Stage("A", s => s.Step(chinese).Step(russian).Step(word)).Build();

        var svg = ParseXml(JourneyMapSvg.Default.Serialize(map));

        foreach (var label in new[] { chinese, russian, word })
        {
            // A word cut across lines shows a hyphen where it was cut.
            static string Joined(XElement text) => string.Concat(text.Elements(Svg + "tspan").Select(t => t.Value.EndsWith('-') ? t.Value[..^1] : t.Value));
            var text = svg.Descendants(Svg + "text").Single(t => t.Elements(Svg + "tspan").Any() && Squeezed(Joined(t)) == Squeezed(label));
            var lines = text.Elements(Svg + "tspan").Select(t => t.Value).ToList();
            lines.Should().HaveCountGreaterThan(1, $"'{label}' is wider than a 200-pixel column");
            lines.SkipLast(1).Should().OnlyContain(l => label != word || l.EndsWith('-'), "a word cut across lines shows a hyphen at each cut");
            lines.Should().OnlyContain(l => l.Length * 13 * 1.1 * (l.Any(c => c > '\u2E80') ? 1.0 : 0.6) <= 200, "each line fits the column at the estimated width of bold glyphs");
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(150)]
    public void Render_FromThreeTo150Steps_GivesAColumnPerStepAndReadableText(int steps)
    {
        var map = LargeMaps.Build(steps);

        var svg = ParseXml(JourneyMapSvg.Default.Serialize(map)).Root!;

        var width = double.Parse(svg.Attribute("width")!.Value, CultureInfo.InvariantCulture);
        width.Should().Be(24 + 150 + (steps * 200) + 24, "every step keeps a full column however many there are");
        svg.Attribute("viewBox")!.Value.Should().StartWith($"0 0 {width.ToString(CultureInfo.InvariantCulture)} ");
        svg.Descendants(Svg + "text").Select(t => t.Value).Should().Contain($"Step {steps - 1}");
        svg.ToString().Should().NotContain("font-size:8px").And.NotContain("font-size=\"8\"");
    }

    [Fact]
    public void Render_SomeLanes_LeavesTheOthersOut()
    {
        var map = OnlineShoePurchase.Build();

        var text = string.Concat(ParseXml(new JourneyMapSvg { Options = RenderOptions.Default with { Lanes = MapLanes.PainPoints | MapLanes.Emotions } }.Serialize(map))
            .Descendants(Svg + "text").Select(t => t.Value + "\n"));

        text.Should().Contain("Pain points").And.Contain("Feeling").And.Contain("Sizing differs between");
        text.Should().NotContain("Touchpoints").And.NotContain("Opportunities").And.NotContain("Back stage").And.NotContain("LINE OF VISIBILITY").And.NotContain("Size finder");
    }

    [Fact]
    public void Render_ColumnWidthAndTheme_ChangeSizeAndColours()
    {
        var map = CanteenLunch.Build();
        var options = RenderOptions.Default with { ColumnWidth = 300, Theme = RenderTheme.Dark with { Emotion = "#ABCDEF" } };

        var svg = new JourneyMapSvg { Options = options }.Serialize(map);

        ParseXml(svg).Root!.Attribute("width")!.Value.Should().Be((24 + 150 + (map.Steps.Count * 300) + 24).ToString(CultureInfo.InvariantCulture));
        svg.Should().Contain($"fill=\"{RenderTheme.Dark.Background}\"").And.Contain("stroke=\"#abcdef\"");
    }

    [Theory]
    [InlineData("red")]
    [InlineData("#12345")]
    [InlineData("#fff;} text{display:none")]
    [InlineData("url(https://example.com/x)")]
    public void RenderTheme_NotAHexColour_IsRefused(string colour)
    {
        var act = () => RenderTheme.Light with { Stage = colour };

        act.Should().Throw<ArgumentException>().WithMessage($"'{colour}' is not a hex colour*").Which.ParamName.Should().Be("Stage");
    }

    [Theory]
    [InlineData(119)]
    [InlineData(601)]
    public void RenderOptions_ColumnWidthOutOfRange_IsRefused(int width)
    {
        var act = () => RenderOptions.Default with { ColumnWidth = width };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("A column is 120 to 600 pixels wide.*");
    }

    [Fact]
    public void Render_UnknownPersona_SaysWhichPersonaIsMissing()
    {
        var act = () => new JourneyMapSvg { Options = RenderOptions.Default with { PersonaId = "nobody" } }.Serialize(CanteenLunch.Build());

        act.Should().Throw<ArgumentException>().WithMessage("The map has no persona 'nobody'*");
    }

    [Fact]
    public void Render_HostileLabels_StayTextInWellFormedSvgWithoutActiveContent()
    {
        for (var offset = 0; offset < HostileLabels.All.Length; offset++)
        {
            var map = HostileLabels.Map(offset);

            var svg = JourneyMapSvg.Default.Serialize(map);

            var document = ParseXml(svg);
            document.Descendants().Select(e => e.Name.LocalName).Should().NotContain(["script", "foreignObject", "a", "iframe", "image", "use"]);
            document.Descendants().SelectMany(e => e.Attributes()).Select(a => a.Name.LocalName)
                .Should().NotContain(n => n.StartsWith("on", StringComparison.OrdinalIgnoreCase) || n.EndsWith("href", StringComparison.OrdinalIgnoreCase));
            document.Descendants(Svg + "style").Should().ContainSingle().Which.Value.Should().NotContain("<").And.NotContain("url(");
            var text = Squeezed(string.Concat(document.Descendants(Svg + "text").Select(t => t.Value)));
            text.Should().Contain(Squeezed(Readable(map.Steps[0].Name)), "the label shows as the text it is");
        }
    }

    [Fact]
    public void DefaultFormats_SvgExtension_FindsTheSvgWriter()
    {
        JourneyMapFormats.Default.FindByExtension("map.svg")!.Writer.Should().BeSameAs(JourneyMapSvg.Default);
        JourneyMapFormats.Default.FindByMediaType("image/svg+xml")!.Name.Should().Be("svg");
    }

    /// <summary>What a label looks like once characters XML cannot hold are replaced.</summary>
    internal static string Readable(string label) => new([.. label.Select((c, i) =>
        c is '\t' or '\n' or '\r' ? ' '
        : char.IsControl(c) || c is '\uFFFE' or '\uFFFF' ? '\uFFFD'
        : char.IsHighSurrogate(c) && (i + 1 >= label.Length || !char.IsLowSurrogate(label[i + 1])) ? '\uFFFD'
        : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(label[i - 1])) ? '\uFFFD'
        : c)]);

    [Fact]
    public void Render_RightToLeftLabels_ReadInTheirOwnDirectionInAnIsolate()
    {
        var map = JourneyMap.Create("Mixed").Stage("Pay", s => s.Step("שלום עולם!").Step("الدفع بالبطاقة؟").Step("Pays by card")).Build();

        var svg = JourneyMapSvg.Default.Serialize(map);

        svg.Should().Contain(">\u2068שלום עולם!\u2069<").And.Contain(">\u2068الدفع بالبطاقة؟\u2069<");
        svg.Should().NotContain("\u2068Pays by card", "text without right-to-left letters is written as it is");
        ParseXml(svg).Should().NotBeNull("the isolates are ordinary characters of well-formed SVG");
    }
}
