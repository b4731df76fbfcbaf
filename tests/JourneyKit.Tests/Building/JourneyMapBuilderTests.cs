using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Building;

public class JourneyMapBuilderTests
{
    [Fact]
    public void Build_CalledTwice_GivesEqualMaps()
    {
        var builder = JourneyMap.Create("Lunch").Stage("Pay", s => s.Step("Pays", st => st.Via("Till").OwnedBy("Cashier")));

        var first = builder.Build();
        var second = builder.Build();

        second.Should().Be(first);
        second.Touchpoints.Should().HaveCount(1, "registering on first use must not add the entry to the builder");
        second.Owners.Should().HaveCount(1);
    }

    [Fact]
    public void Build_CompleteMap_KeepsEveryElementWritten()
    {
        var map = SampleMaps.Complete();

        map.Id.Should().Be("buy-lunch-in-the-canteen");
        map.Description.Should().Be("How a student gets lunch");
        map.Kind.Should().Be(JourneyKind.Purchase);
        map.EmotionScale.Should().Be(new EmotionScale(-3, 3));
        map.Personas.Select(p => p.Id).Should().Equal("student", "teacher");
        map.Personas[0].Demographics.Keys.Should().Equal("age", "budget");
        map.Personas[0].Frustrations.Should().Equal("Queues");
        map.Channels.Select(c => c.Id).Should().Equal("in-person");
        map.Owners.Select(o => o.Id).Should().Equal("canteen-manager");
        map.Touchpoints.Select(t => (t.Id, t.ChannelId)).Should().Equal(("menu-board", "in-person"), ("till", null));
        map.Stages.Select(s => s.Id).Should().Equal("choose-food", "pay");

        var stage = map.Stages[0];
        stage.Goal.Should().Be("Find something tasty");
        stage.Questions.Should().Equal("What is on today?");
        stage.OwnerId.Should().Be("canteen-manager");
        stage.Icon.Should().Be("🍽");
        stage.Metrics.Single().Should().Match<Metric>(m => m.Id == "time-to-choose" && m.Kind == MetricKind.Duration && m.Unit == "min" && m.Target == 2 && m.Actual == 3 && m.Direction == MetricDirection.LowerIsBetter);

        var step = stage.Steps.Single();
        step.Description.Should().Be("Reads the board");
        step.Actions.Should().Equal("Reads the board", "Asks a friend");
        step.Thoughts.Should().Equal("So many options");
        step.Emotions.Select(e => (e.Score, e.Label, e.PersonaId)).Should().Equal((1, "curious", null), (-1, "bored", "teacher"));
        step.TouchpointIds.Should().Equal("menu-board");
        step.PainPoints.Single().Should().Match<PainPoint>(p => p.Id == "menu-is-hard-to-read" && p.Severity == PainSeverity.High);
        step.Opportunities.Single().Should().Match<Opportunity>(o => o.Id == "digital-menu" && o.Description == "Screens at the entrance"
            && o.Impact == Level.High && o.Effort == Level.Low && o.OwnerId == "canteen-manager" && o.Status == OpportunityStatus.Planned
            && o.AddressedPainPointIds.Single() == "menu-is-hard-to-read");
        step.Metrics.Single().Direction.Should().Be(MetricDirection.HigherIsBetter);
        step.OwnerId.Should().Be("canteen-manager");
        step.Duration.Should().Be(TimeSpan.FromMinutes(2));
        step.IsMilestone.Should().BeTrue();
        step.BackStage.Single().Should().Match<BackStageItem>(b => b.Id == "menu-planning" && b.Kind == BackStageKind.Process && b.Description == "Weekly menu meeting");

        map.Transitions.Select(t => (t.Id, t.Kind, t.FromStepId, t.ToStepId, t.Label, t.Share)).Should().Equal(
            ("pays-to-looks-at-the-menu", TransitionKind.Loop, "pays", "looks-at-the-menu", "Changes their mind", 0.1m),
            ("looks-at-the-menu-to-pays", TransitionKind.Branch, "looks-at-the-menu", "pays", "Takes a sandwich", null),
            ("queues-exit", TransitionKind.Exit, "queues", null, "Gives up", 0.05m));
        map.Revision.Should().Be(new Revision(2, new DateOnly(2026, 10, 1), "Ana", "Added payment"));
        map.ReviewCadence.Should().Be(TimeSpan.FromDays(90));
        map.LastReviewedOn.Should().Be(new DateOnly(2026, 10, 1));
        map.Properties.Keys.Should().Equal("area", "team");
    }

    [Fact]
    public void Build_SameNameTwice_SuffixesLaterIdsInDocumentOrder()
    {
        var map = JourneyMap.Create("m")
            .Stage("Research", s => s.Step("Review").Step("Review"))
            .Stage("Decide", s => s.Step("Review"))
            .Build();

        map.Steps.Select(s => s.Id).Should().Equal("review", "review-2", "review-3");
    }

    [Fact]
    public void Build_ExplicitId_TakesPrecedenceOverDerivedIdsAnywhereInTheMap()
    {
        var map = JourneyMap.Create("m")
            .Stage("First", s => s.Step("Pay"))
            .Stage("Second", s => s.Step("Settle the bill", st => st.Id("pay")))
            .Build();

        map.Steps.Select(s => s.Id).Should().Equal("pay-2", "pay");
    }

    [Fact]
    public void Build_StepMovedToAnotherStage_KeepsItsId()
    {
        var before = JourneyMap.Create("m").Stage("Choose", s => s.Step("Compare prices")).Stage("Buy").Build();
        var after = JourneyMap.Create("m").Stage("Choose").Stage("Buy", s => s.Step("Compare prices")).Build();

        after.FindStageOf("compare-prices")!.Id.Should().Be("buy");
        after.FindStep("compare-prices")!.Should().Be(before.FindStep("compare-prices"));
    }

    [Fact]
    public void Build_NameWithNoLetters_FallsBackToKindName()
    {
        var map = JourneyMap.Create("🎉").Stage("🚀", s => s.Step("✔").Step("✔")).Build();

        map.Id.Should().Be("journey");
        map.Stages[0].Id.Should().Be("stage");
        map.Steps.Select(s => s.Id).Should().Equal("step", "step-2");
    }

    [Fact]
    public void Build_CatalogReferencesByNameIdOrSlug_ResolveToOneEntry()
    {
        var map = JourneyMap.Create("m")
            .Touchpoint("Website", t => t.Id("web").OnChannel("Online"))
            .Stage("s", s => s
                .Step("a", st => st.Via("Website"))
                .Step("b", st => st.Via("web"))
                .Step("c", st => st.Via("Mobile App"))
                .Step("d", st => st.Via("mobile-app")))
            .Build();

        map.Touchpoints.Select(t => t.Id).Should().Equal("web", "mobile-app");
        map.Steps.Select(s => s.TouchpointIds.Single()).Should().Equal("web", "web", "mobile-app", "mobile-app");
        map.Channels.Single().Id.Should().Be("online");
    }

    [Fact]
    public void Catalog_DeclaredTwiceByNameOrId_DescribesOneEntry()
    {
        var map = JourneyMap.Create("m")
            .Owner("Web team", o => o.Id("web"))
            .Owner("web", o => o.Contact("web@example.com"))
            .Owner("Web team")
            .Channel("Web").Channel("Web", c => c.Description("Browser"))
            .Build();

        map.Owners.Should().ContainSingle().Which.Should().Match<Owner>(o => o.Id == "web" && o.Contact == "web@example.com");
        map.Channels.Should().ContainSingle().Which.Description.Should().Be("Browser");
    }

    [Fact]
    public void Build_EmotionForPersonaByName_StoresPersonaId()
    {
        var map = JourneyMap.Create("m").Persona("IT buyer").Stage("s", s => s.Step("a", st => st.Emotion(1, persona: "IT buyer"))).Build();

        map.Steps.Single().Emotions.Single().PersonaId.Should().Be("it-buyer");
    }

    [Fact]
    public void Build_CustomScale_AcceptsScoresOnIt()
    {
        var map = JourneyMap.Create("m").EmotionScale(0, 10).Stage("s", s => s.Step("a", st => st.Emotion(9))).Build();

        map.Steps.Single().Emotion!.Score.Should().Be(9);
    }

    [Fact]
    public void Build_MetricKind_SetsDefaultDirectionUnlessGiven()
    {
        var map = JourneyMap.Create("m").Stage("s", s => s
            .Metric("Drop", m => m.Kind(MetricKind.DropOff))
            .Metric("Effort", m => m.Kind(MetricKind.Ces))
            .Metric("Conversion", m => m.Kind(MetricKind.Conversion))
            .Metric("Odd", m => m.Kind(MetricKind.Duration).Direction(MetricDirection.HigherIsBetter)))
            .Build();

        map.Stages[0].Metrics.Select(m => m.Direction).Should().Equal(
            MetricDirection.LowerIsBetter, MetricDirection.LowerIsBetter, MetricDirection.HigherIsBetter, MetricDirection.HigherIsBetter);
    }

    [Fact]
    public void EditStage_AndRemoveStep_ChangeOnlyTheNamedElements()
    {
        var map = JourneyMap.Create("m")
            .Stage("Choose", s => s.Step("Look").Step("Ask"))
            .Stage("Pay", s => s.Step("Pays"))
            .EditStage("choose", s => s.RemoveStep("Ask").Goal("Pick"))
            .EditStage("Pay", s => s.Name("Checkout").EditStep("pays", st => st.Emotion(1)))
            .Build();

        map.Stages.Select(s => (s.Id, s.Name)).Should().Equal(("choose", "Choose"), ("checkout", "Checkout"));
        map.Stages[0].Steps.Select(s => s.Id).Should().Equal("look");
        map.Stages[0].Goal.Should().Be("Pick");
        map.FindStep("pays")!.Emotion!.Score.Should().Be(1);
    }

    [Fact]
    public void EditStage_UnknownStage_ThrowsListingTheStages()
    {
        var builder = JourneyMap.Create("m").Stage("Choose").Stage("Pay");

        var act = () => builder.EditStage("Eat", _ => { });

        act.Should().Throw<ArgumentException>().WithParameterName("stage").WithMessage("*'Eat'*'Choose', 'Pay'*");
    }

    [Fact]
    public void RemoveStep_UnknownStep_ThrowsListingTheSteps()
    {
        var act = () => JourneyMap.Create("m").Stage("Choose", s => s.Step("Look").RemoveStep("Pay"));

        act.Should().Throw<ArgumentException>().WithParameterName("step").WithMessage("*'Pay'*'Look'*");
    }

    [Fact]
    public void Build_BuilderChangedAfterwards_EarlierMapsStayAsBuilt()
    {
        var builder = JourneyMap.Create("m").Persona("P", p => p.Goal("a")).Stage("s", s => s.Question("q1").Step("a", st => st.Action("one").Via("web").Emotion(1)));
        var first = builder.Build();

        builder.Persona("Q").EditStage("s", s => s.Question("q2").EditStep("a", st => st.Action("two").Via("app").Emotion(2, persona: "Q")));
        var second = builder.Build();

        first.Stages[0].Questions.Should().Equal("q1");
        first.Steps.Single().Actions.Should().Equal("one");
        first.Steps.Single().TouchpointIds.Should().Equal("web");
        first.Steps.Single().Emotions.Should().ContainSingle();
        second.Steps.Single().Actions.Should().Equal("one", "two");
        second.Steps.Single().TouchpointIds.Should().Equal("web", "app");
        second.Steps.Single().Emotions.Select(e => e.PersonaId).Should().Equal(null, "q");
        first.Should().Be(JourneyMap.Create("m").Persona("P", p => p.Goal("a")).Stage("s", s => s.Question("q1").Step("a", st => st.Action("one").Via("web").Emotion(1))).Build());
    }
}
