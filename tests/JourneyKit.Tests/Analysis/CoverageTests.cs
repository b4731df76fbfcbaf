using JourneyKit.Analysis;
using JourneyKit.Samples.Maps;

namespace JourneyKit.Tests.Analysis;

public class CoverageTests
{
    [Fact]
    public void Coverage_Stages_ListTheirChannelsInOrderOfFirstUse()
    {
        var coverage = OnlineShoePurchase.Build().Analyze().Coverage;

        coverage.Stages.Should().HaveCount(5);
        coverage.Stages.Should().OnlyContain(s => s.ChannelIds.Distinct().Count() == s.ChannelIds.Count);
        coverage.Stages.Sum(s => s.ChannelIds.Count).Should().BeGreaterThan(0);
    }

    [Fact]
    public void Coverage_Catalog_NamesTouchpointsWithoutChannelAndTheOwnersLoad()
    {
        var map = JourneyMap.Create("Lunch")
            .Owner("Canteen").Owner("IT").Owner("Nobody")
            .Channel("In person")
            .Touchpoint("Till", t => t.OnChannel("In person")).Touchpoint("Menu board")
            .Stage("Pay", s => s.OwnedBy("Canteen")
                .Step("Looks", p => p.Via("Menu board"))
                .Step("Pays", p => p.Via("Till").OwnedBy("IT"))
                .Step("Leaves"))
            .Stage("Eat", s => s.Step("Eats").Metric("Satisfaction", m => m.Actual(4)))
            .Build();

        var coverage = map.Analyze().Coverage;

        coverage.TouchpointsWithoutChannel.Should().Equal("menu-board");
        coverage.Owners.Select(o => (o.OwnerId, o.StepCount)).Should().Equal(("canteen", 2), ("it", 1), ("nobody", 0));
        coverage.Stages.Select(s => (s.StageId, s.ChannelIds.Count, s.StepsWithoutTouchpoint)).Should().Equal(("pay", 1, 1), ("eat", 0, 1));
        coverage.StagesWithoutMetrics.Should().Equal("pay");
    }

    [Fact]
    public void Coverage_PersonaCurves_TakeThePersonasOwnEmotionElseEveryonesOne()
    {
        var map = JourneyMap.Create("Lunch").Persona("Ann").Persona("Bob")
            .Stage("Pay", s => s
                .Step("Queues", p => p.Emotion(-1))
                .Step("Pays", p => p.Emotion(-2, persona: "Ann").Emotion(1, persona: "Bob"))
                .Step("Leaves", p => p.Emotion(2, persona: "Bob")))
            .Build();

        var curves = map.Analyze().Coverage.PersonaCurves;

        curves.Select(c => c.PersonaId).Should().Equal("ann", "bob");
        curves[0].Points.Select(p => (p.StepId, p.Score)).Should().Equal(("queues", -1m), ("pays", -2m));
        curves[1].Points.Select(p => (p.StepId, p.Score)).Should().Equal(("queues", -1m), ("pays", 1m), ("leaves", 2m));
    }
}
