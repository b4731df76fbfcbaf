using System.Xml.Linq;
using JourneyKit.Analysis;
using JourneyKit.Localization;
using JourneyKit.Rendering;
using JourneyKit.Samples.Maps;
using JourneyKit.Serialization.Markdown;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Rendering;

public class JourneyAnalysisChartsTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    internal static IEnumerable<(string Name, string Svg)> AllCharts(JourneyMap map, JourneyAnalysisCharts? charts = null)
    {
        charts ??= JourneyAnalysisCharts.Default;
        var analysis = map.Analyze();
        yield return ("funnel", charts.Funnel(analysis, map));
        yield return ("matrix", charts.ValueEffortMatrix(analysis, map));
        yield return ("curves", charts.EmotionCurves(analysis, map));
        yield return ("segments", charts.EmotionCurves([("A", map), ("B", map)]));
    }

    private static string Text(string svg) => JourneyMapSvgTests.Squeezed(string.Concat(JourneyMapSvgTests.ParseXml(svg).Descendants(Svg + "text").Select(t => t.Value)));

    [Fact]
    public void Funnel_ShoePurchase_MatchesTheGoldenFile()
    {
        var map = OnlineShoePurchase.Build();

        Golden.Check(JourneyAnalysisCharts.Default.Funnel(map.Analyze(), map), "docs", "examples", $"{map.Id}.funnel.svg");
    }

    [Fact]
    public void ValueEffortMatrix_ShoePurchase_MatchesTheGoldenFile()
    {
        var map = OnlineShoePurchase.Build();

        Golden.Check(JourneyAnalysisCharts.Default.ValueEffortMatrix(map.Analyze(), map), "docs", "examples", $"{map.Id}.matrix.svg");
    }

    [Fact]
    public void EmotionCurves_HelpDeskTool_MatchesTheGoldenFile()
    {
        var map = B2BSoftwarePurchase.Build();

        Golden.Check(JourneyAnalysisCharts.Default.EmotionCurves(map.Analyze(), map), "docs", "examples", $"{map.Id}.curves.svg");
    }

    [Fact]
    public void Funnel_ShoePurchase_ShowsEveryStepAndMarksTheBiggestDropOff()
    {
        var map = OnlineShoePurchase.Build();
        var analysis = map.Analyze();

        var svg = JourneyAnalysisCharts.Default.Funnel(analysis, map);

        var text = Text(svg);
        map.Steps.Should().OnlyContain(s => text.Contains(JourneyMapSvgTests.Squeezed(s.Name), StringComparison.Ordinal));
        var drop = analysis.Funnel.BiggestDropOffs[0];
        text.Should().Contain(JourneyMapSvgTests.Squeezed($"▼ {Math.Round(drop.Lost * 100, 1):0.##}% lost"));
        JourneyMapSvgTests.ParseXml(svg).Root!.Attribute("role")!.Value.Should().Be("img");
        JourneyMapSvgTests.ParseXml(svg).Root!.Element(Svg + "desc")!.Value.Should().Contain("complete the journey").And.Contain(map.FindStep(drop.StepId)!.Name);
    }

    [Fact]
    public void ValueEffortMatrix_SeveralOpportunitiesInACell_StacksThemWithoutOverlap()
    {
        var map = JourneyMap.Create("Stacked")
            .Stage("Pay", s => s.Step("Pays", st =>
            {
                for (var i = 0; i < 5; i++)
                {
                    st.Opportunity($"Quick win number {i} with a title long enough to wrap onto a second line", o => o.Impact(Level.High).Effort(Level.Low));
                }

                st.Opportunity("A big one", o => o.Impact(Level.High).Effort(Level.High)).Opportunity("A small one", o => o.Impact(Level.Low).Effort(Level.Low));
            }))
            .Build();

        var svg = JourneyMapSvgTests.ParseXml(JourneyAnalysisCharts.Default.ValueEffortMatrix(map.Analyze(), map));

        var cards = svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "card")
            .Select(r => (X: double.Parse(r.Attribute("x")!.Value, System.Globalization.CultureInfo.InvariantCulture), Y: double.Parse(r.Attribute("y")!.Value, System.Globalization.CultureInfo.InvariantCulture),
                H: double.Parse(r.Attribute("height")!.Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        cards.Should().HaveCount(7);
        foreach (var column in cards.GroupBy(c => c.X).Where(g => g.Count() > 1))
        {
            var stack = column.OrderBy(c => c.Y).ToList();
            stack.Zip(stack.Skip(1)).Should().OnlyContain(p => p.First.Y + p.First.H <= p.Second.Y, "the cards of a cell stack without overlap");
        }

        var text = Text(svg.ToString());
        text.Should().Contain("Quickwins").And.Contain("Majorprojects").And.Contain("Fill-ins").And.Contain("Reconsider").And.Contain("1.Quickwinnumber0").And.Contain("7.Asmallone");
    }

    [Fact]
    public void ValueEffortMatrix_NoOpportunities_SaysSo()
    {
        var map = JourneyMap.Create("Empty").Stage("Pay", s => s.Step("Pays")).Build();

        Text(JourneyAnalysisCharts.Default.ValueEffortMatrix(map.Analyze(), map)).Should().Contain("Noopportunities.");
    }

    [Fact]
    public void EmotionCurves_TwoPersonas_GiveEachCurveItsOwnColourDashAndMarker()
    {
        var map = B2BSoftwarePurchase.Build();

        var svg = JourneyMapSvgTests.ParseXml(JourneyAnalysisCharts.Default.EmotionCurves(map.Analyze(), map));

        var curves = svg.Descendants(Svg + "path").Where(p => (string?)p.Attribute("fill") == "none").ToList();
        curves.Should().HaveCount(2);
        curves.Select(p => (string?)p.Attribute("stroke")).Distinct().Should().HaveCount(2);
        curves.Select(p => (string?)p.Attribute("stroke-dasharray")).Distinct().Should().HaveCount(2);
        svg.Descendants(Svg + "circle").Should().NotBeEmpty();
        svg.Descendants(Svg + "rect").Should().Contain(r => (string?)r.Attribute("width") == "9", "the second curve's markers are squares");
        Text(svg.ToString()).Should().Contain("ITbuyer").And.Contain("Financeapprover");
    }

    [Fact]
    public void EmotionCurves_Segments_AlignTheirStagesById()
    {
        var small = JourneyMap.Create("Small firms").Stage("Research", s => s.Step("Searches", st => st.Emotion(1))).Stage("Buy", s => s.Step("Pays", st => st.Emotion(-1))).Build();
        var large = JourneyMap.Create("Large firms").Stage("Research", s => s.Step("Asks peers", st => st.Emotion(-2)).Step("Reads", st => st.Emotion(0)))
            .Stage("Pilot", s => s.Step("Pilots", st => st.Emotion(2))).Stage("Buy", s => s.Step("Signs", st => st.Emotion(1))).Build();

        var svg = JourneyAnalysisCharts.Default.EmotionCurves([("Small firms", small), ("Large firms", large)]);

        var document = JourneyMapSvgTests.ParseXml(svg);
        var labels = document.Descendants(Svg + "text").Select(t => t.Value).ToList();
        labels.Should().ContainInOrder("Research", "Buy", "Pilot").And.Contain(["Small firms", "Large firms"]);
        labels.Count(l => l == "Research").Should().Be(1);
        document.Descendants(Svg + "title").Select(t => t.Value).Should().Contain(["Large firms · Research: -1", "Small firms · Buy: -1"]);
        document.Root!.Element(Svg + "desc")!.Value.Should().Contain("one point per stage");
    }

    [Fact]
    public void EmotionCurves_NoSegments_Throws()
    {
        var act = () => JourneyAnalysisCharts.Default.EmotionCurves([]);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Funnel_AnalysisOfAnotherMap_Throws()
    {
        var act = () => JourneyAnalysisCharts.Default.Funnel(CanteenLunch.Build().Analyze(), OnlineShoePurchase.Build());

        act.Should().Throw<ArgumentException>().WithMessage("*analyse the map*");
    }

    [Fact]
    public void Charts_German_WriteTheirTextsAndNumbersInGerman()
    {
        var map = OnlineShoePurchase.Build();
        var charts = new JourneyAnalysisCharts { Options = RenderOptions.Default with { Language = JourneyLanguage.German } };

        var texts = AllCharts(map, charts).ToDictionary(c => c.Name, c => c.Svg);

        texts["funnel"].Should().Contain("<title id=\"jk-buy-running-shoes-online-funnel-title\">Trichter: ").And.Contain(" %</text>").And.Contain("verloren");
        texts["matrix"].Should().Contain("Nutzen-Aufwand-Matrix").And.Contain("Quick Wins").And.Contain("Wirkung ↑").And.Contain("Aufwand →");
        texts["curves"].Should().Contain("Gefühlskurven: ");
        texts["segments"].Should().Contain("Gefühlskurven nach Segment");
    }

    [Fact]
    public void Charts_SameInputTwiceInAnyCulture_GiveTheSameBytes()
    {
        var first = AllCharts(OnlineShoePurchase.Build()).ToList();
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            AllCharts(OnlineShoePurchase.Build()).Should().Equal(first);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Charts_HostileLabels_StayTextInWellFormedSvg()
    {
        for (var offset = 0; offset < HostileLabels.All.Length; offset++)
        {
            var map = HostileLabels.Map(offset);
            foreach (var (name, svg) in AllCharts(map).Append(("named segments", JourneyAnalysisCharts.Default.EmotionCurves([(HostileLabels.All[offset], map)]))))
            {
                var document = JourneyMapSvgTests.ParseXml(svg);
                document.Descendants().Select(e => e.Name.LocalName).Should().NotContain(["script", "foreignObject", "a", "iframe", "image", "use"], name);
                document.Descendants().SelectMany(e => e.Attributes()).Select(a => a.Name.LocalName)
                    .Should().NotContain(n => n.StartsWith("on", StringComparison.OrdinalIgnoreCase) || n.EndsWith("href", StringComparison.OrdinalIgnoreCase));
                document.Descendants(Svg + "style").Should().ContainSingle().Which.Value.Should().NotContain("<").And.NotContain("url(");
                if (name is "funnel" or "curves")
                {
                    Text(svg).Should().Contain(JourneyMapSvgTests.Squeezed(JourneyMapSvgTests.Readable(map.Steps[0].Name)), $"the {name} shows the step's name as the text it is");
                }
            }
        }
    }

    [Fact]
    public void Charts_LargeMap_DrawEveryStep()
    {
        var map = LargeMaps.Build(300);

        var text = Text(JourneyAnalysisCharts.Default.Funnel(map.Analyze(), map));

        text.Should().Contain("Step299");
    }

    [Fact]
    public void Serialize_HtmlWithCharts_AddsTheAnalysisSectionAfterTheTables()
    {
        var map = OnlineShoePurchase.Build();

        var page = new JourneyMapHtml { Options = RenderOptions.Default with { Charts = AnalysisCharts.All } }.Serialize(map);
        var funnelOnly = new JourneyMapHtml { Options = RenderOptions.Default with { Charts = AnalysisCharts.Funnel } }.Serialize(map);

        page.Should().Contain("<h2>Analysis</h2>").And.Contain("jk-buy-running-shoes-online-funnel-title").And.Contain("jk-buy-running-shoes-online-matrix-title")
            .And.Contain("jk-buy-running-shoes-online-curves-title").And.Contain("<figcaption class=\"muted\">Value/effort matrix</figcaption>");
        page.IndexOf("<h2>Analysis</h2>", StringComparison.Ordinal).Should().BeGreaterThan(page.IndexOf("<h2>Paths</h2>", StringComparison.Ordinal));
        funnelOnly.Should().Contain("-funnel-title").And.NotContain("-matrix-title").And.NotContain("-curves-title");
        JourneyMapHtml.Default.Serialize(map).Should().NotContain("journeykit-chart");
    }

    [Fact]
    public void Serialize_MarkdownWithChartsInGerman_WritesTheTablesWithGermanHeaders()
    {
        var map = OnlineShoePurchase.Build();

        var markdown = new JourneyMapMarkdown { Charts = AnalysisCharts.All, Language = JourneyLanguage.German }.Serialize(map);

        markdown.Should().Contain("## Analyse\n\n### Trichter\n\nConversion der Kundenreise: ")
            .And.Contain("| Phase | Schritt | Erreicht | Verloren | Gehen weiter | Gemessene Conversion |")
            .And.Contain("### Nutzen-Aufwand-Matrix\n\n| Priorität | Chance | Schritt | Quadrant | Wirkung | Aufwand |")
            .And.Contain("| 1 | Show delivery cost on the product page |")
            .And.Contain("### Gefühlskurven\n\n| Schritt | ");
        JourneyMapMarkdown.Default.Serialize(map).Should().NotContain("## Analysis");
    }

    [Fact]
    public void Charts_ValueOutsideTheFlags_IsRejected()
    {
        var options = () => RenderOptions.Default with { Charts = (AnalysisCharts)8 };
        var markdown = () => new JourneyMapMarkdown { Charts = (AnalysisCharts)16 };

        options.Should().Throw<ArgumentOutOfRangeException>();
        markdown.Should().Throw<ArgumentOutOfRangeException>();
    }
}
