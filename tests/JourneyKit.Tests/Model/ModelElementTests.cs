using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Model;

public class ModelElementTests
{
    private static Step LooksAtMenu(JourneyMap map) => map.FindStep("looks-at-the-menu")!;

    [Theory]
    [InlineData(MetricDirection.HigherIsBetter, 10, 12, true)]
    [InlineData(MetricDirection.HigherIsBetter, 10, 8, false)]
    [InlineData(MetricDirection.LowerIsBetter, 10, 8, true)]
    [InlineData(MetricDirection.LowerIsBetter, 10, 12, false)]
    public void MeetsTarget_Direction_ComparesActualWithTarget(MetricDirection direction, int target, int actual, bool expected)
    {
        var metric = JourneyMap.Create("m").Stage("s", s => s.Metric("x", m => m.Target(target).Actual(actual).Direction(direction))).Build().Stages[0].Metrics[0];

        metric.MeetsTarget.Should().Be(expected);
    }

    [Fact]
    public void MeetsTarget_NoActual_IsNull()
    {
        var metric = SampleMaps.Complete().FindStep("looks-at-the-menu")!.Metrics[0];

        metric.MeetsTarget.Should().BeNull();
    }

    [Fact]
    public void EmotionFor_PersonaWithOwnEmotion_ReturnsIt_OtherwiseTheGeneralOne()
    {
        var step = LooksAtMenu(SampleMaps.Complete());

        step.EmotionFor("teacher")!.Score.Should().Be(-1);
        step.EmotionFor("student")!.Score.Should().Be(1);
        step.Emotion!.Label.Should().Be("curious");
    }

    [Fact]
    public void WithName_OnStep_ChangesNameKeepsIdAndLeavesOriginal()
    {
        var step = LooksAtMenu(SampleMaps.Complete());

        var renamed = step.WithName("Reads the menu");

        renamed.Name.Should().Be("Reads the menu");
        renamed.Id.Should().Be(step.Id);
        step.Name.Should().Be("Looks at the menu");
        EqualityContract.AssertNotEqual(step, renamed);
        EqualityContract.AssertEqual(step, renamed.WithName("Looks at the menu"));
    }

    [Fact]
    public void WithMethods_OnElements_ReturnChangedCopies()
    {
        var map = SampleMaps.Complete();
        var step = LooksAtMenu(map);

        step.WithDuration(null).Duration.Should().BeNull();
        step.WithMilestone(false).IsMilestone.Should().BeFalse();
        step.WithActions(["Waits"]).Actions.Should().Equal("Waits");
        step.PainPoints[0].WithSeverity(PainSeverity.Low).Severity.Should().Be(PainSeverity.Low);
        step.Opportunities[0].WithStatus(OpportunityStatus.Done).Status.Should().Be(OpportunityStatus.Done);
        step.Metrics[0].WithActual(4.5m).Actual.Should().Be(4.5m);
        map.Stages[0].WithGoal(null).Goal.Should().BeNull();
        map.Personas[0].WithGoals(["Eat well"]).Goals.Should().Equal("Eat well");
        map.Touchpoints[0].WithName("Menu screen").Id.Should().Be("menu-board");
        LooksAtMenu(map).Should().Be(step, "the map itself is unchanged");
    }

    [Fact]
    public void WithMethods_BlankOrUndefinedArguments_FailNamingTheParameter()
    {
        var step = LooksAtMenu(SampleMaps.Complete());

        FluentActions.Invoking(() => step.WithName(" ")).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => step.WithDescription("")).Should().Throw<ArgumentException>().WithParameterName("description");
        FluentActions.Invoking(() => step.WithDuration(TimeSpan.FromMinutes(-1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("duration");
        FluentActions.Invoking(() => step.WithActions(["ok", null!])).Should().Throw<ArgumentException>().WithParameterName("actions");
        FluentActions.Invoking(() => step.PainPoints[0].WithSeverity((PainSeverity)42)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("severity");
    }

    [Fact]
    public void ToString_Elements_NameThemWithTheirIds()
    {
        var map = SampleMaps.Complete();

        map.ToString().Should().Be("Journey map 'Buy lunch in the canteen' (2 stages, 3 steps)");
        LooksAtMenu(map).ToString().Should().Be("Step 'Looks at the menu' (looks-at-the-menu)");
        map.Transitions[2].ToString().Should().Be("Exit from queues");
    }

    [Fact]
    public void Revision_NumberBelowOne_Throws()
    {
        var act = () => new Revision(0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("number");
    }
}
