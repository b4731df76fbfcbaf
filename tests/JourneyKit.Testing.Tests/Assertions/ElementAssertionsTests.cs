using JourneyKit.Samples.Maps;
using JourneyKit.Testing.Tests.Support;

namespace JourneyKit.Testing.Tests.Assertions;

public class ElementAssertionsTests
{
    private static readonly JourneyMap Lunch = CanteenLunch.Build();

    [Fact]
    public void StageHaveOwner_OtherOwner_FailsNamingTheOwner() =>
        Failure.Of(() => Lunch.FindStage("pay").Should().HaveOwner("finance")).Should().Be(
            "Expected stage pay ('Pay') to be owned by \"finance\", but its owner is \"canteen-manager\".");

    [Fact]
    public void StageHaveStep_Missing_FailsListingTheStagesSteps() =>
        Failure.Of(() => Lunch.FindStage("pay").Should().HaveStep("eats-with-friends")).Should().Be(
            "Expected stage pay ('Pay') to have step \"eats-with-friends\", but it has none with that id; its steps are queues-at-the-till ('Queues at the till'), pays ('Pays').");

    [Fact]
    public void StageHaveMetricMeetingTarget_Missed_FailsWithActualAndTarget() =>
        Failure.Of(() => Lunch.FindStage("pay").Should().HaveMetricMeetingTarget("queue-time")).Should().Be(
            "Expected metric queue-time ('Queue time') of stage pay ('Pay') to meet its target, but its actual value 12 min is above the target 5 min.");

    [Fact]
    public void StageHaveMetricMeetingTarget_Met_GivesTheMetric() =>
        Lunch.FindStage("eat").Should().HaveMetricMeetingTarget("meal-satisfaction").Which.Actual.Should().Be(4.2m);

    [Fact]
    public void StageHaveQuestion_Missing_FailsListingTheQuestions() =>
        Failure.Of(() => Lunch.FindStage("pay").Should().HaveQuestion("Is it cheap?")).Should().Be(
            "Expected stage pay ('Pay') to record the question \"Is it cheap?\", but its questions are \"Can I pay by card?\".");

    [Fact]
    public void StepHaveEmotion_OtherScore_FailsWithTheFeeling() =>
        Failure.Of(() => Lunch.FindStep("pays").Should().HaveEmotion(1)).Should().Be(
            "Expected step pays ('Pays') to feel +1, but it feels -1 (annoyed).");

    [Fact]
    public void StepHaveEmotion_PersonaWithoutOwnFeeling_UsesTheFeelingForEveryone() =>
        Lunch.FindStep("pays").Should().HaveEmotion("first-year-student", -1);

    [Fact]
    public void StepHaveEmotion_NoEmotion_FailsSayingSo()
    {
        var map = Lunch.ToBuilder().EditStage("pay", s => s.EditStep("pays", st => st.ClearEmotions())).Build();

        Failure.Of(() => map.FindStep("pays").Should().HaveEmotion("first-year-student", 0)).Should().Be(
            "Expected step pays ('Pays') to feel 0 for persona \"first-year-student\", but it has no emotion for persona \"first-year-student\".");
    }

    [Fact]
    public void StepHavePainPoint_Present_GivesThePainPoint() =>
        Lunch.FindStep("pays").Should().HavePainPoint("no-card-payment").Which.Severity.Should().Be(PainSeverity.Critical);

    [Fact]
    public void StepNotHavePainPoint_Present_FailsShowingIt() =>
        Failure.Of(() => Lunch.FindStep("pays").Should().NotHavePainPoint("no-card-payment")).Should().StartWith(
            "Expected step pays ('Pays') not to have pain point \"no-card-payment\", but it has:");

    [Fact]
    public void StepHaveOpportunityAndOwner_Checked_FailOnTheStep()
    {
        Lunch.FindStep("pays").Should().HaveOpportunity("accept-contactless-payment").Which.Impact.Should().Be(Level.High);
        Failure.Of(() => Lunch.FindStep("pays").Should().HaveOwner("canteen-manager")).Should().Be(
            "Expected step pays ('Pays') to be owned by \"canteen-manager\", but it has no owner.");
    }

    [Fact]
    public void StepUseTouchpoint_Other_FailsListingWhatItUses() =>
        Failure.Of(() => Lunch.FindStep("pays").Should().UseTouchpoint("menu-board")).Should().Be(
            "Expected step pays ('Pays') to use touchpoint \"menu-board\", but it uses till.");

    [Fact]
    public void StepHaveMetricMeetingTarget_NoMetrics_FailsSayingNone() =>
        Failure.Of(() => Lunch.FindStep("pays").Should().HaveMetricMeetingTarget("wait")).Should().Be(
            "Expected step pays ('Pays') to have metric \"wait\", but it has none with that id; its metrics are none.");

    [Fact]
    public void PersonaHaveGoal_Missing_FailsListingTheGoals() =>
        Failure.Of(() => Lunch.FindPersona("first-year-student").Should().HaveGoal("Eat cheaply")).Should().Be(
            "Expected persona first-year-student ('First-year student') to have the goal \"Eat cheaply\", but its goals are \"Eat something warm within the 30-minute break\".");

    [Fact]
    public void PersonaHaveFrustrationAndNeed_Checked_PassAndFail()
    {
        Lunch.FindPersona("first-year-student").Should().HaveFrustration("Cash only");
        Failure.Of(() => Lunch.FindPersona("first-year-student").Should().HaveNeed("Quiet")).Should().EndWith("but its needs are none.");
    }

    [Fact]
    public void TouchpointBeOnChannel_Other_FailsNamingTheChannel() =>
        Failure.Of(() => Lunch.FindTouchpoint("till").Should().BeOnChannel("app")).Should().Be(
            "Expected touchpoint till ('Till') to be on channel \"app\", but it is on channel \"in-person\".");

    [Fact]
    public void Should_NullElement_FailsSayingSo() =>
        Failure.Of(() => Lunch.FindStep("nowhere").Should().HaveOwner("x")).Should().Be("Expected a step, but found <null>.");

    [Fact]
    public void HaveMetricMeetingTarget_NoTargetOrNoActual_FailsSayingWhichIsMissing()
    {
        var map = Lunch.ToBuilder()
            .EditStage("pay", s => s.EditMetric("queue-time", m => m.ClearTarget()))
            .EditStage("eat", s => s.EditMetric("meal-satisfaction", m => m.ClearActual()))
            .Build();

        Failure.Of(() => map.FindStage("pay").Should().HaveMetricMeetingTarget("queue-time")).Should().EndWith("but it has no target.");
        Failure.Of(() => map.FindStage("eat").Should().HaveMetricMeetingTarget("meal-satisfaction")).Should().EndWith("but it has no actual value.");
    }

    [Fact]
    public void HaveMetricMeetingTarget_HigherIsBetterBelowTarget_SaysBelow()
    {
        var map = Lunch.ToBuilder().EditStage("eat", s => s.EditMetric("meal-satisfaction", m => m.Actual(3.5m))).Build();

        Failure.Of(() => map.FindStage("eat").Should().HaveMetricMeetingTarget("meal-satisfaction")).Should().EndWith(
            "but its actual value 3.5 points is below the target 4 points.");
    }

    [Fact]
    public void HaveSegment_None_FailsSayingSo()
    {
        var map = Lunch.ToBuilder().EditPersona("first-year-student", p => p.ClearSegment()).Build();

        Failure.Of(() => map.FindPersona("first-year-student").Should().HaveSegment("Students")).Should().Be(
            "Expected persona first-year-student ('First-year student') to stand for segment \"Students\", but it has no segment.");
    }
}
