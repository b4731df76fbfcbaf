using JourneyKit.Analysis;

namespace JourneyKit.Tests.Analysis;

public class SegmentComparisonTests
{
    private static readonly SegmentComparison Trains = SegmentComparison.Of(Commuter(), Tourist());

    [Fact]
    public void Of_TwoSegments_ReportsTheJourneyConversionOfEach()
    {
        (Trains.FirstConversion, Trains.SecondConversion).Should().Be((0.8m, 0.5m));
    }

    [Fact]
    public void Of_TwoSegments_MatchesStagesByIdThenByName()
    {
        Trains.Stages.Select(s => (s.FirstStageId, s.SecondStageId)).Should().Equal(("look", "look"), ("buy", "purchase"));
        Trains.StagesOnlyInFirst.Should().BeEmpty();
        Trains.StagesOnlyInSecond.Should().Equal("travel");
    }

    [Fact]
    public void Of_TwoSegments_GivesEachStagesEmotionConversionAndGap()
    {
        Trains.Stages.Select(s => (s.Name, s.FirstEmotion, s.SecondEmotion, s.Gap, s.FirstConversion, s.SecondConversion)).Should().Equal(
            ("Look", 0.5m, -0.5m, -1m, 1m, 1m),
            ("Buy", -1m, -1m, 0m, 0.8m, 0.5m));
    }

    [Fact]
    public void Of_TwoSegments_NamesWhereTheCurvesDivergeByAtLeastOnePoint()
    {
        Trains.Divergences.Select(d => (d.Kind, d.FirstId, d.SecondId, d.FirstScore, d.SecondScore, d.Gap)).Should().Equal(
            (ElementKind.Stage, "look", "look", 0.5m, -0.5m, -1m),
            (ElementKind.Step, "finds-the-train", "finds-the-train", 1m, -1m, -2m));
    }

    [Fact]
    public void Of_StepWithAnotherIdButTheSameName_IsMatchedByName()
    {
        var comparison = SegmentComparison.Of(Commuter(), Tourist(paysScore: 1));

        comparison.Divergences.Should().ContainSingle(d => d.Kind == ElementKind.Step && d.FirstId == "pays")
            .Which.SecondId.Should().Be("paying");
    }

    [Fact]
    public void Of_TwoSegments_ListsThePainPointsOnlyOneHas()
    {
        Trains.PainPointsOnlyInFirst.Select(p => (p.StepId, p.PainPoint.Description)).Should().Equal(("pays", "The app logs me out"));
        Trains.PainPointsOnlyInSecond.Select(p => (p.StageId, p.StepId, p.PainPoint.Description)).Should().Equal(
            ("look", "finds-the-train", "Signs are only in Norwegian"));
    }

    [Fact]
    public void Of_SameMapsTwice_GivesEqualComparisons()
    {
        SegmentComparison.Of(Commuter(), Tourist()).Should().Be(Trains);
    }

    [Fact]
    public void Of_AMapWithItself_FindsNoDifference()
    {
        var comparison = SegmentComparison.Of(Commuter(), Commuter());

        comparison.Divergences.Should().BeEmpty();
        comparison.PainPointsOnlyInFirst.Should().BeEmpty();
        comparison.PainPointsOnlyInSecond.Should().BeEmpty();
        comparison.Stages.Should().OnlyContain(s => s.Gap == 0m);
    }

    [Fact]
    public void Of_NoMap_IsRefused()
    {
        var act = () => SegmentComparison.Of(Commuter(), null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("second");
    }

    /// <summary>Commuters know the way and pay in the app, which logs them out; one in five gives up.</summary>
    private static JourneyMap Commuter() => JourneyMap.Create("Take the train")
        .Persona("Commuter")
        .Stage("Look", s => s
            .Step("Finds the train", st => st.Emotion(1, persona: "Commuter"))
            .Step("Checks the time", st => st.Emotion(0, persona: "Commuter")))
        .Stage("Buy", s => s
            .Step("Pays", st => st.Emotion(-1, persona: "Commuter")
                .PainPoint("The app logs me out", PainSeverity.Medium)
                .PainPoint("Ticket price is unclear", PainSeverity.High)))
        .Exit("Pays", "Gives up", 0.2m)
        .Build();

    /// <summary>Tourists get lost and half give up paying; the buy stage and its step have other ids, the shared pain point another id and case.</summary>
    private static JourneyMap Tourist(int paysScore = -1) => JourneyMap.Create("Take the train")
        .Persona("Tourist")
        .Stage("Look", s => s
            .Step("Finds the train", st => st.Emotion(-1, persona: "Tourist").PainPoint("Signs are only in Norwegian"))
            .Step("Checks the time", st => st.Emotion(0, persona: "Tourist")))
        .Stage("buy", s => s.Id("purchase")
            .Step("PAYS", st => st.Id("paying").Emotion(paysScore, persona: "Tourist")
                .PainPoint("ticket price is UNCLEAR", p => p.Id("price"))))
        .Stage("Travel", s => s.Step("Boards the train", st => st.Emotion(1, persona: "Tourist")))
        .Exit("PAYS", "Gives up", 0.5m)
        .Build();
}
