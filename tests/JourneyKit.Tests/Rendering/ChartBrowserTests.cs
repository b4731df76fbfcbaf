using JourneyKit.Analysis;
using JourneyKit.Localization;
using JourneyKit.Rendering;
using JourneyKit.Samples.Maps;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Rendering;

/// <summary>
/// Opens the analysis charts and a page that embeds them in headless Chromium: nothing may be requested, fail or run,
/// and no line of text may spill out of its box or over another. Screenshots go to artifacts/screenshots.
/// </summary>
public class ChartBrowserTests
{
    [Fact]
    public void Open_ChartsOfTheSampleMaps_LoadCleanlyWithEveryLineInItsBox()
    {
        Browser.Required();
        var shoes = OnlineShoePurchase.Build();
        var desk = B2BSoftwarePurchase.Build();
        var german = new JourneyAnalysisCharts { Options = RenderOptions.Default with { Language = JourneyLanguage.German, Theme = RenderTheme.Dark } };
        var chinese = new JourneyAnalysisCharts { Options = RenderOptions.Default with { Language = JourneyLanguage.SimplifiedChinese } };
        List<(string, string)> documents =
        [
            ($"{shoes.Id}.funnel.svg", JourneyAnalysisCharts.Default.Funnel(shoes.Analyze(), shoes)),
            ($"{shoes.Id}.matrix.svg", JourneyAnalysisCharts.Default.ValueEffortMatrix(shoes.Analyze(), shoes)),
            ($"{desk.Id}.curves.svg", JourneyAnalysisCharts.Default.EmotionCurves(desk.Analyze(), desk)),
            ("segments.curves.svg", JourneyAnalysisCharts.Default.EmotionCurves([("Shoes, first visit", OnlineShoePurchase.Build(3)), ("Shoes, returning", OnlineShoePurchase.Build(4))])),
            ("german.dark.funnel.svg", german.Funnel(desk.Analyze(), desk)),
            ("german.dark.matrix.svg", german.ValueEffortMatrix(shoes.Analyze(), shoes)),
            ("chinese.curves.svg", chinese.EmotionCurves(desk.Analyze(), desk)),
            ("shoes.charts.html", new JourneyMapHtml { Options = RenderOptions.Default with { Charts = AnalysisCharts.All } }.Serialize(shoes)),
        ];

        var visits = BrowserChecker.Open(documents);

        foreach (var visit in visits)
        {
            AssertInert(visit);
            visit.Overflows.Should().BeEmpty($"every line of {visit.File} fits its box in Chromium");
            File.Exists(visit.Screenshot).Should().BeTrue();
        }

        JourneyMapSvgTests.Squeezed(visits[0].Text).Should().Contain("Checksout");
        visits[^1].Root.Should().Be("html");
    }

    [Fact]
    public void Open_ChartsWithHostileLabels_RunNoScriptAndRequestNothing()
    {
        Browser.Required();

        var documents = Enumerable.Range(0, HostileLabels.All.Length).SelectMany(offset =>
            JourneyAnalysisChartsTests.AllCharts(HostileLabels.Map(offset)).Select(c => ($"hostile-{offset}.{c.Name}.svg", c.Svg))).ToList();

        var visits = BrowserChecker.Open(documents);

        foreach (var visit in visits)
        {
            AssertInert(visit);
            visit.Overflows.Should().BeEmpty($"every line of {visit.File} fits its box in Chromium");
        }
    }

    private static void AssertInert(BrowserChecker.Visit visit)
    {
        visit.ParseError.Should().BeFalse($"{visit.File} must be well-formed");
        visit.Pwned.Should().BeFalse($"no script may run in {visit.File}");
        visit.Dialogs.Should().BeEmpty();
        visit.Requests.Should().BeEmpty($"{visit.File} must not fetch anything");
        visit.Failed.Should().BeEmpty();
        visit.Errors.Should().BeEmpty($"{visit.File} must load without errors");
        visit.Active.Should().BeEmpty($"{visit.File} must hold no active content");
        visit.Handlers.Should().BeEmpty($"{visit.File} must hold no event handlers or links");
    }
}
