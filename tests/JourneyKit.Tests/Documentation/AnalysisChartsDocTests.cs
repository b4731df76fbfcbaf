using JourneyKit.Analysis;
using JourneyKit.Localization;
using JourneyKit.Rendering;
using JourneyKit.Samples.Maps;
using JourneyKit.Serialization.Markdown;

namespace JourneyKit.Tests.Documentation;

/// <summary>The code of docs/analysis-charts.md, compiled and run.</summary>
public class AnalysisChartsDocTests
{
    [Theory]
    [InlineData("doc-draw-charts")]
    [InlineData("doc-embed-charts")]
    [InlineData("doc-segments")]
    public void AnalysisChartsDoc_ShowsTheCompiledCode(string region) =>
        DocSnippets.AssertShownIn("docs/analysis-charts.md", "AnalysisChartsDocTests.cs", region);

    [Fact]
    public void AnalysisChartsDoc_DrawCharts_WritesThreeSvgFiles()
    {
        var folder = Directory.CreateTempSubdirectory("journeykit-charts-doc").FullName;
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = folder;
            #region doc-draw-charts
            var map = OnlineShoePurchase.Build();
            var analysis = map.Analyze();
            var charts = new JourneyAnalysisCharts { Options = RenderOptions.Default with { Language = JourneyLanguage.German } };

            File.WriteAllText("funnel.svg", charts.Funnel(analysis, map));
            File.WriteAllText("matrix.svg", charts.ValueEffortMatrix(analysis, map));
            File.WriteAllText("curves.svg", charts.EmotionCurves(analysis, map));
            #endregion
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }

        File.ReadAllText(Path.Combine(folder, "funnel.svg")).Should().Contain("Trichter");
        File.ReadAllText(Path.Combine(folder, "matrix.svg")).Should().Contain("Nutzen-Aufwand-Matrix");
        File.ReadAllText(Path.Combine(folder, "curves.svg")).Should().Contain("Gefühlskurven");
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void AnalysisChartsDoc_EmbedCharts_AddsTheSectionToPageAndMarkdown()
    {
        var map = OnlineShoePurchase.Build();

        #region doc-embed-charts
        var page = new JourneyMapHtml { Options = RenderOptions.Default with { Charts = AnalysisCharts.All } }.Serialize(map);
        var markdown = new JourneyMapMarkdown { Charts = AnalysisCharts.Funnel | AnalysisCharts.ValueEffortMatrix }.Serialize(map);
        #endregion

        page.Should().Contain("<h2>Analysis</h2>");
        markdown.Should().Contain("## Analysis\n\n### Funnel").And.Contain("### Value/effort matrix").And.NotContain("### Emotion curves");
    }

    [Fact]
    public void AnalysisChartsDoc_Segments_DrawsOneCurvePerSegment()
    {
        #region doc-segments
        var svg = JourneyAnalysisCharts.Default.EmotionCurves(
        [
            ("Before the redesign", OnlineShoePurchase.Build(revision: 3)),
            ("After the redesign", OnlineShoePurchase.Build(revision: 4)),
        ]);
        #endregion

        svg.Should().Contain("Before the redesign").And.Contain("After the redesign");
    }
}
