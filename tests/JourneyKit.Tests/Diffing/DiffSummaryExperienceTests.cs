using JourneyKit.Analysis;
using JourneyKit.Diffing;
using JourneyKit.Localization;
using JourneyKit.Samples.Maps;

namespace JourneyKit.Tests.Diffing;

public class DiffSummaryExperienceTests
{
    private static readonly DiffSummary Shoes = DiffSummary.Of(OnlineShoePurchase.Build(3), OnlineShoePurchase.Build(4));

    [Fact]
    public void Of_SampleRevisions_ReportsTheJourneyConversionOfBoth()
    {
        (Shoes.JourneyConversionBefore, Shoes.JourneyConversionAfter).Should().Be((0.58m, 0.69m));
    }

    [Fact]
    public void Of_SampleRevisions_GivesEveryStageOneVerdict()
    {
        Shoes.StageVerdicts.Select(v => (v.StageId, v.Verdict)).Should().Equal(
            ("awareness", ExperienceVerdict.Unchanged),
            ("consideration", ExperienceVerdict.Better),
            ("purchase", ExperienceVerdict.Better),
            ("delivery", ExperienceVerdict.Added),
            ("retention", ExperienceVerdict.Worse),
            ("loyalty", ExperienceVerdict.Unchanged));
    }

    [Fact]
    public void Of_SampleRevisions_ReportsEachStagesFiguresBeforeAndAfter()
    {
        var purchase = Shoes.StageVerdicts.Single(v => v.StageId == "purchase");

        (purchase.ConversionBefore, purchase.ConversionAfter, purchase.EmotionBefore, purchase.EmotionAfter, purchase.HurtBefore, purchase.HurtAfter)
            .Should().Be((0.58m, 0.69m, -1m, 0m, 2m, 0m));
        var delivery = Shoes.StageVerdicts.Single(v => v.StageId == "delivery");
        (delivery.ConversionBefore, delivery.EmotionBefore, delivery.HurtBefore, delivery.HurtAfter).Should().Be(((decimal?)null, (decimal?)null, (decimal?)null, 0m));
    }

    [Fact]
    public void Of_SampleRevisions_NamesTheMomentsEnteringAndLeavingTheTop()
    {
        Shoes.TopMomentCount.Should().Be(3);
        Shoes.MomentsEnteringTop.Select(m => (m.StepId, m.Hurt)).Should().Equal(("returns-a-pair", 0.69m));
        Shoes.MomentsLeavingTop.Select(m => (m.StepId, m.Hurt)).Should().Equal(("checks-out", 2m), ("compares-models", 1.5m));
    }

    [Fact]
    public void Of_EmotionRisesAndHurtFalls_SaysBetter()
    {
        Verdict(Ticket(pays: -1), Ticket(pays: 0)).Should().Be(ExperienceVerdict.Better);
    }

    [Fact]
    public void Of_EmotionFallsAndHurtRises_SaysWorse()
    {
        Verdict(Ticket(pays: 0), Ticket(pays: -1)).Should().Be(ExperienceVerdict.Worse);
    }

    [Fact]
    public void Of_EmotionRisesWhileConversionFalls_SaysMixed()
    {
        Verdict(Ticket(pays: -1, givesUp: 0.1m), Ticket(pays: 1, givesUp: 0.3m)).Should().Be(ExperienceVerdict.Mixed);
    }

    [Fact]
    public void Of_OnlyAnotherStageChanged_SaysUnchanged()
    {
        var summary = DiffSummary.Of(Ticket(pays: -1), Ticket(pays: 0));

        summary.StageVerdicts.Single(v => v.StageId == "look").Verdict.Should().Be(ExperienceVerdict.Unchanged);
    }

    [Fact]
    public void Of_OnlyAConversionMetricChanged_SaysUnchangedAsTheSharesDid()
    {
        var before = Ticket(pays: -1, change: m => m.EditStage("Buy", s => s.Metric("Sales", x => x.Kind(MetricKind.Conversion).Unit("%").Actual(60))));
        var after = Ticket(pays: -1, change: m => m.EditStage("Buy", s => s.Metric("Sales", x => x.Kind(MetricKind.Conversion).Unit("%").Actual(80))));

        Verdict(before, after).Should().Be(ExperienceVerdict.Unchanged);
    }

    [Fact]
    public void Of_StageAddedAndRemoved_SaysSoAndListsTheRemovedLast()
    {
        var withTravel = Ticket(pays: 0, change: m => m.Stage("Travel", s => s.Step("Boards the train", st => st.Emotion(1))));

        DiffSummary.Of(Ticket(pays: 0), withTravel).StageVerdicts.Select(v => (v.StageId, v.Verdict)).Should().Equal(
            ("look", ExperienceVerdict.Unchanged), ("buy", ExperienceVerdict.Unchanged), ("travel", ExperienceVerdict.Added));
        DiffSummary.Of(withTravel, Ticket(pays: 0)).StageVerdicts.Select(v => (v.StageId, v.Verdict)).Should().Equal(
            ("look", ExperienceVerdict.Unchanged), ("buy", ExperienceVerdict.Unchanged), ("travel", ExperienceVerdict.Removed));
    }

    [Fact]
    public void Of_TopCountFromTheOptions_ComparesThatManyMoments()
    {
        var (before, after) = (Ticket(finds: -2, pays: -1), Ticket(finds: 0, pays: -1));

        var summary = DiffSummary.Of(before, after, analysis: AnalysisOptions.Default with { TopCount = 1 });

        summary.MomentsEnteringTop.Select(m => m.StepId).Should().Equal("pays");
        summary.MomentsLeavingTop.Select(m => m.StepId).Should().Equal("finds-the-train");
        DiffSummary.Of(before, after).MomentsEnteringTop.Should().BeEmpty();
    }

    [Fact]
    public void Of_StoredDiff_GivesTheSameVerdicts()
    {
        var (before, after) = (OnlineShoePurchase.Build(3), OnlineShoePurchase.Build(4));

        var summary = DiffSummary.Of(before, JourneyDiff.Compare(before, after));

        summary.StageVerdicts.Should().Equal(Shoes.StageVerdicts);
        summary.MomentsLeavingTop.Should().Equal(Shoes.MomentsLeavingTop);
    }

    [Fact]
    public void ToMarkdown_German_WritesTheExperiencePerStage()
    {
        var markdown = Shoes.ToMarkdown(JourneyLanguage.German);

        markdown.Should().Contain("""
            ## Erlebnis je Phase

            Conversion der ganzen Kundenreise: 58 % → 69 %.

            | Phase | Urteil | Conversion | Emotion | Schmerz |
            |---|---|---:|---:|---:|
            | Consideration | besser | 100 % | 0 → +1 | 1,5 → 0 |
            | Purchase | besser | 58 % → 69 % | −1 → 0 | 2 → 0 |
            | Delivery | neue Phase | – → 100 % | – → +1 | – → 0 |
            | Retention | schlechter | 100 % | +1 → −1 | 0 → 0,69 |

            Unverändert: Awareness, Loyalty.

            - **Neu unter den 3 schmerzhaftesten Momenten (1):**
              - *Returns a pair*, Schmerz 0,69
            - **Nicht mehr unter den 3 schmerzhaftesten Momenten (2):**
              - *Checks out*, Schmerz 2
              - *Compares models*, Schmerz 1,5

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void ToText_SampleRevisions_WritesOneLinePerStageThatMoved()
    {
        var text = Shoes.ToText();

        text.Should().Contain("EXPERIENCE PER STAGE\n\nJourney conversion: 58% → 69%.\n\n")
            .And.Contain("- Purchase: better; conversion 58% → 69%, emotion −1 → 0, hurt 2 → 0\n")
            .And.Contain("- Retention: worse; conversion 100%, emotion +1 → −1, hurt 0 → 0.69\n")
            .And.Contain("Unchanged: Awareness, Loyalty.\n");
    }

    [Fact]
    public void ToMarkdown_ExperienceUnchanged_LeavesTheSectionOut()
    {
        var before = Ticket(pays: -1);
        var after = Ticket(pays: -1, change: m => m.EditStage("Buy", s => s.Goal("Have a ticket")));

        DiffSummary.Of(before, after).ToMarkdown().Should().NotContain("Experience per stage");
    }

    private static ExperienceVerdict Verdict(JourneyMap before, JourneyMap after) =>
        DiffSummary.Of(before, after).StageVerdicts.Single(v => v.StageId == "buy").Verdict;

    /// <summary>Two stages, one step each; some customers give up while paying.</summary>
    private static JourneyMap Ticket(int pays, decimal givesUp = 0.1m, int finds = 1, Action<JourneyKit.Building.JourneyMapBuilder>? change = null)
    {
        var builder = JourneyMap.Create("Buy a train ticket")
            .Stage("Look", s => s.Step("Finds the train", st => st.Emotion(finds)))
            .Stage("Buy", s => s.Step("Pays", st => st.Emotion(pays)))
            .Exit("Pays", "Gives up", givesUp);
        change?.Invoke(builder);
        return builder.Build();
    }
}
