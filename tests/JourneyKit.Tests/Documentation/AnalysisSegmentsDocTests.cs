using System.Globalization;
using JourneyKit.Analysis;
using JourneyKit.Diffing;
using JourneyKit.Samples.Maps;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Documentation;

/// <summary>The code of docs/analysis-segments.md, compiled and run.</summary>
public class AnalysisSegmentsDocTests
{
    [Theory]
    [InlineData("doc-revisions")]
    [InlineData("doc-segments")]
    public void AnalysisSegmentsDoc_ShowsTheCompiledCode(string region) =>
        DocSnippets.AssertShownIn("docs/analysis-segments.md", "AnalysisSegmentsDocTests.cs", region);

    [Fact]
    public void AnalysisSegmentsDoc_Revisions_Runs()
    {
        var output = Invariant(() =>
        {
            #region doc-revisions
            var summary = DiffSummary.Of(OnlineShoePurchase.Build(revision: 3), OnlineShoePurchase.Build(revision: 4));
            Console.WriteLine($"journey conversion {summary.JourneyConversionBefore} → {summary.JourneyConversionAfter}");
            foreach (var stage in summary.StageVerdicts)
            {
                Console.WriteLine($"{stage.StageName}: {stage.Verdict}");
            }
            #endregion
        });

        output.Should().Be("""
            journey conversion 0.58 → 0.69
            Awareness: Unchanged
            Consideration: Better
            Purchase: Better
            Delivery: Added
            Retention: Worse
            Loyalty: Unchanged

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void AnalysisSegmentsDoc_Segments_Runs()
    {
        var (commuter, tourist) = (Commuter(), Tourist());
        var output = Invariant(() =>
        {
            #region doc-segments
            var comparison = SegmentComparison.Of(commuter, tourist);
            Console.WriteLine($"conversion {comparison.FirstConversion} vs {comparison.SecondConversion}");
            foreach (var gap in comparison.Divergences)
            {
                Console.WriteLine($"{gap.Kind} {gap.Name}: {gap.FirstScore} vs {gap.SecondScore}");
            }

            foreach (var only in comparison.PainPointsOnlyInSecond)
            {
                Console.WriteLine($"only tourists: {only.PainPoint.Description} at {only.StepName}");
            }
            #endregion
        });

        output.Should().Be("""
            conversion 0.8 vs 0.5
            Stage Look: 0.5 vs -0.5
            Step Finds the train: 1 vs -1
            only tourists: Signs are only in Norwegian at Finds the train

            """.ReplaceLineEndings("\n"));
    }

    /// <summary>Captures what the code writes, with numbers written as the documentation shows them.</summary>
    private static string Invariant(Action code)
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return ConsoleOutput.Capture(code);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private static JourneyMap Commuter() => JourneyMap.Create("Take the train")
        .Persona("Commuter")
        .Stage("Look", s => s
            .Step("Finds the train", st => st.Emotion(1))
            .Step("Checks the time", st => st.Emotion(0)))
        .Stage("Buy", s => s
            .Step("Pays", st => st.Emotion(-1).PainPoint("The app logs me out").PainPoint("Ticket price is unclear", PainSeverity.High)))
        .Exit("Pays", "Gives up", 0.2m)
        .Build();

    private static JourneyMap Tourist() => JourneyMap.Create("Take the train")
        .Persona("Tourist")
        .Stage("Look", s => s
            .Step("Finds the train", st => st.Emotion(-1).PainPoint("Signs are only in Norwegian"))
            .Step("Checks the time", st => st.Emotion(0)))
        .Stage("Buy", s => s
            .Step("Pays", st => st.Emotion(-1).PainPoint("ticket price is unclear", p => p.Id("price"))))
        .Exit("Pays", "Gives up", 0.5m)
        .Build();
}
