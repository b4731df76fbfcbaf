using JourneyKit.Building;

namespace JourneyKit.Tests.Building;

public class BuildProblemsTests
{
    private static JourneyMapBuildException Failure(JourneyMapBuilder builder)
    {
        var act = () => builder.Build();
        return act.Should().Throw<JourneyMapBuildException>().Which;
    }

    private static IEnumerable<string> Paths(JourneyMapBuildException exception) => exception.Problems.Select(p => p.Path.Value);

    [Fact]
    public void Build_DuplicateExplicitStepIds_ReportsTheClashWithBothNames()
    {
        var failure = Failure(JourneyMap.Create("m")
            .Stage("A", s => s.Step("Pay by card", st => st.Id("pay")))
            .Stage("B", s => s.Step("Pay in cash", st => st.Id("pay"))));

        failure.Problems.Should().ContainSingle();
        failure.Problems[0].Path.Value.Should().Be("/stages/b/steps/pay");
        failure.Problems[0].Message.Should().Contain("'pay'").And.Contain("step 'Pay by card'").And.Contain("another id");
    }

    [Theory]
    [InlineData("persona")]
    [InlineData("stage")]
    [InlineData("pain point")]
    [InlineData("metric")]
    [InlineData("touchpoint")]
    [InlineData("owner")]
    [InlineData("channel")]
    [InlineData("opportunity")]
    [InlineData("back-stage item")]
    [InlineData("transition")]
    public void Build_DuplicateExplicitIdsOfAnyKind_AreReported(string kind)
    {
        var builder = JourneyMap.Create("m");
        switch (kind)
        {
            case "persona": builder.Persona("A", p => p.Id("x")).Persona("B", p => p.Id("x")); break;
            case "stage": builder.Stage("A", s => s.Id("x")).Stage("B", s => s.Id("x")); break;
            case "pain point": builder.Stage("s", s => s.Step("a", st => st.PainPoint("P", id: "x").PainPoint("Q", id: "x"))); break;
            case "metric": builder.Stage("s", s => s.Metric("A", m => m.Id("x")).Step("a", st => st.Metric("B", m => m.Id("x")))); break;
            case "touchpoint": builder.Touchpoint("A", t => t.Id("x")).Touchpoint("B").Touchpoint("B", t => t.Id("x")); break;
            case "owner": builder.Owner("A", o => o.Id("x")).Owner("B").Owner("B", o => o.Id("x")); break;
            case "channel": builder.Channel("A", c => c.Id("x")).Channel("B").Channel("B", c => c.Id("x")); break;
            case "opportunity": builder.Stage("s", s => s.Step("a", st => st.Opportunity("A", o => o.Id("x")).Opportunity("B", o => o.Id("x")))); break;
            case "back-stage item": builder.Stage("s", s => s.Step("a", st => st.BackStage("A", id: "x").BackStage("B", id: "x"))); break;
            case "transition": builder.Stage("s", s => s.Step("a").Step("b")).Exit("a", id: "x").Exit("b", id: "x"); break;
        }

        Failure(builder).Problems.Should().ContainSingle().Which.Message.Should().Contain($"all {kind}s");
    }

    [Fact]
    public void Build_ScoreOffScale_ReportsScoreScaleAndPath()
    {
        var failure = Failure(JourneyMap.Create("m").Stage("Pay", s => s.Step("Pays", st => st.Emotion(3))));

        failure.Problems.Should().ContainSingle();
        failure.Problems[0].Path.Value.Should().Be("/stages/pay/steps/pays/emotion");
        failure.Problems[0].Message.Should().Contain("3").And.Contain("-2..+2");
    }

    [Fact]
    public void Build_ScoreOffCustomScale_IsReported()
    {
        var failure = Failure(JourneyMap.Create("m").EmotionScale(1, 5).Stage("s", s => s.Step("a", st => st.Emotion(0))));

        failure.Problems.Single().Message.Should().Contain("1..+5");
    }

    [Fact]
    public void Build_UnknownPersonaInEmotion_ReportsKnownPersonas()
    {
        var failure = Failure(JourneyMap.Create("m").Persona("Student").Stage("s", s => s.Step("a", st => st.Emotion(1, persona: "Teacher"))));

        failure.Problems.Single().Message.Should().Contain("'Teacher'").And.Contain("'student'");
    }

    [Fact]
    public void Build_TwoEmotionsForSamePersona_IsReported()
    {
        var failure = Failure(JourneyMap.Create("m").Persona("Student").Stage("s", s => s.Step("a", st => st.Emotion(1, persona: "Student").Emotion(2, persona: "student"))));

        failure.Problems.Single().Path.Value.Should().Be("/stages/s/steps/a/emotions/student");
    }

    [Fact]
    public void Build_OpportunityForUnknownPainPoint_IsReported()
    {
        var failure = Failure(JourneyMap.Create("m").Stage("s", s => s.Step("a", st => st.PainPoint("Slow").Opportunity("Faster", o => o.Addresses("Expensive")))));

        failure.Problems.Single().Path.Value.Should().Be("/stages/s/steps/a/opportunities/faster");
        failure.Problems.Single().Message.Should().Contain("'Expensive'").And.Contain("'slow'");
    }

    [Fact]
    public void Build_OpportunityForPainPointOfAnotherStep_Resolves()
    {
        var map = JourneyMap.Create("m").Stage("s", s => s
            .Step("a", st => st.Opportunity("Faster", o => o.Addresses("Slow")))
            .Step("b", st => st.PainPoint("Slow"))).Build();

        map.FindStep("a")!.Opportunities[0].AddressedPainPointIds.Should().Equal("slow");
    }

    [Fact]
    public void Build_TransitionToUnknownStep_IsReported()
    {
        var failure = Failure(JourneyMap.Create("m").Stage("s", s => s.Step("Pay")).Loop("Pay", "Search"));

        failure.Problems.Single().Path.Value.Should().Be("/transitions/pay-to-search");
        failure.Problems.Single().Message.Should().Contain("leads to step 'Search'");
    }

    [Fact]
    public void Build_TransitionToAmbiguousStepName_AsksForAnId()
    {
        var failure = Failure(JourneyMap.Create("m").Stage("A", s => s.Step("Review")).Stage("B", s => s.Step("Review").Step("Pay")).Branch("Pay", "Review"));

        failure.Problems.Single().Message.Should().Contain("2 steps have that name").And.Contain("'review', 'review-2'").And.Contain("by its id");
    }

    [Fact]
    public void Build_TouchpointListedTwice_IsReported()
    {
        var failure = Failure(JourneyMap.Create("m").Stage("s", s => s.Step("a", st => st.Via("Web", "web"))));

        failure.Problems.Single().Path.Value.Should().Be("/stages/s/steps/a/touchpoints");
    }

    [Fact]
    public void Build_NameWithOnlyInvisibleCharacters_IsReported()
    {
        var failure = Failure(JourneyMap.Create("m").Stage("\u200B", s => s.Step("ok")));

        failure.Problems.Single().Message.Should().Contain("no visible character");
    }

    [Fact]
    public void Build_ManyProblems_ReportsEveryOneAtOnceWithPathsInTheMessage()
    {
        var failure = Failure(JourneyMap.Create("Broken")
            .Persona("P")
            .Stage("Pay", s => s
                .Step("Pays", st => st.Id("x").Emotion(9).Emotion(1, persona: "Nobody"))
                .Step("Also pays", st => st.Id("x").Opportunity("Fix", o => o.Addresses("ghost"))))
            .Exit("nowhere"));

        Paths(failure).Should().BeEquivalentTo(
            "/stages/pay/steps/x/emotion",
            "/stages/pay/steps/x/emotions/Nobody",
            "/stages/pay/steps/x",
            "/stages/pay/steps/x/opportunities/fix",
            "/transitions/nowhere-exit");
        failure.Message.Should().StartWith("The journey map 'Broken' has 5 structural problems:");
        foreach (var problem in failure.Problems)
        {
            failure.Message.Should().Contain(problem.ToString());
        }
    }
}
