using JourneyKit.Diffing;
using JourneyKit.Samples.Maps;
using JourneyKit.Serialization.Json;
using JourneyKit.Serialization.Mermaid;
using JourneyKit.Testing.Tests.Support;
using JourneyKit.Validation;

namespace JourneyKit.Testing.Tests.Assertions;

public class JourneyMapAssertionsTests
{
    private static readonly JourneyMap Lunch = CanteenLunch.Build();

    [Fact]
    public void Be_EqualMap_Passes() => Lunch.Should().Be(CanteenLunch.Build());

    [Fact]
    public void Be_DifferentMap_FailsWithTheChangesFromTheExpectedMap()
    {
        var actual = Lunch.ToBuilder()
            .EditStage("pay", s => s.EditStep("pays", st => st.Emotion(1, "relieved")))
            .EditStage("eat", s => s.RemoveStep("eats-with-friends"))
            .Build();

        Failure.Of(() => actual.Should().Be(Lunch, "the lunch map is {0}", "fixed")).Should().Be("""
            Expected actual to be Journey map 'Buy lunch in the canteen' (3 stages, 4 steps) because the lunch map is fixed, but it differs by 2 changes:
              - Changed emotions of Pay › Pays from -1 (annoyed) to +1 (relieved)
              - Removed step Eat › Eats with friends
            """);
    }

    [Fact]
    public void Be_NullSubject_FailsSayingSo()
    {
        JourneyMap? missing = null;

        Failure.Of(() => missing.Should().Be(Lunch)).Should().Be("Expected missing to be Journey map 'Buy lunch in the canteen' (3 stages, 4 steps), but found <null>.");
    }

    [Fact]
    public void Be_LabelsWithPlaceholders_ShowAsWritten()
    {
        var actual = Lunch.ToBuilder().EditStage("pay", s => s.Name("{0} {context} {reason}")).Build();

        Failure.Of(() => actual.Should().Be(Lunch)).Should().EndWith("""
            Renamed stage "Pay" to "{0} {context} {reason}"
            """);
    }

    [Fact]
    public void NotBe_EqualMap_Fails() =>
        Failure.Of(() => Lunch.Should().NotBe(CanteenLunch.Build())).Should()
            .Be("Did not expect Lunch to be Journey map 'Buy lunch in the canteen' (3 stages, 4 steps), but it is equal to it.");

    [Fact]
    public void BeEquivalentTo_OptionsIgnoringTheDifference_Passes()
    {
        var shouted = Lunch.ToBuilder().EditStage("pay", s => s.Goal("PAY QUICKLY")).Build();

        shouted.Should().BeEquivalentTo(Lunch, DiffOptions.Default with { IgnoreCase = true });
        Failure.Of(() => shouted.Should().BeEquivalentTo(Lunch)).Should().Contain("Changed goal of Pay from \"Pay quickly\" to \"PAY QUICKLY\"");
    }

    [Fact]
    public void HaveStage_Present_GivesTheStageForItsOwnAssertions() =>
        Lunch.Should().HaveStage("pay").Which.Should().HaveOwner("canteen-manager").And.HaveQuestion("Can I pay by card?");

    [Fact]
    public void HaveStage_Missing_FailsListingTheStages() =>
        Failure.Of(() => Lunch.Should().HaveStage("checkout")).Should().Be(
            "Expected Lunch to have stage \"checkout\", but it has none with that id; its stages are choose-food ('Choose food'), pay ('Pay'), eat ('Eat').");

    [Fact]
    public void HaveStep_Present_GivesTheStep() => Lunch.Should().HaveStep("pays").Which.Should().HavePainPoint("no-card-payment");

    [Fact]
    public void HavePersonaAndHaveTouchpoint_Present_GiveTheElements()
    {
        Lunch.Should().HavePersona("first-year-student").Which.Should().HaveSegment("Students on a budget");
        Lunch.Should().HaveTouchpoint("till").Which.Should().BeOnChannel("in-person");
    }

    [Fact]
    public void HaveTouchpoint_Missing_FailsListingTheTouchpoints() =>
        Failure.Of(() => Lunch.Should().HaveTouchpoint("app")).Should().Be(
            "Expected Lunch to have touchpoint \"app\", but it has none with that id; its touchpoints are menu-board ('Menu board'), till ('Till').");

    [Fact]
    public void HaveStepsInOrder_InJourneyOrderWithStepsBetween_Passes() =>
        Lunch.Should().HaveStepsInOrder("looks-at-the-menu", "pays", "eats-with-friends");

    [Fact]
    public void HaveStepsInOrder_OutOfOrder_FailsNamingTheStepsAndTheOrder() =>
        Failure.Of(() => Lunch.Should().HaveStepsInOrder("pays", "queues-at-the-till")).Should().Be(
            "Expected Lunch to have steps pays, queues-at-the-till in that order, but \"queues-at-the-till\" does not come after \"pays\"; " +
            "its steps are looks-at-the-menu, queues-at-the-till, pays, eats-with-friends.");

    [Fact]
    public void HaveStepsInOrder_UnknownStep_FailsNamingIt() =>
        Failure.Of(() => Lunch.Should().HaveStepsInOrder("pays", "leaves")).Should().StartWith(
            "Expected Lunch to have steps pays, leaves in that order, but it has no step \"leaves\";");

    [Fact]
    public void HaveEveryPainPointAddressed_AllAddressed_Passes() => Lunch.Should().HaveEveryPainPointAddressed();

    [Fact]
    public void HaveEveryPainPointAddressed_OneOpen_FailsListingIt()
    {
        var open = Lunch.ToBuilder().EditStage("pay", s => s.EditStep("pays", st => st.RemoveOpportunity("accept-contactless-payment"))).Build();

        Failure.Of(() => open.Should().HaveEveryPainPointAddressed()).Should().Be("""
            Expected open to have every pain point addressed by an opportunity, but 2 are not:
              - Pay › Queues at the till › pain point 'The queue is long' (the-queue-is-long)
              - Pay › Pays › pain point 'No card payment' (no-card-payment)
            """);
    }

    [Fact]
    public void PassValidation_NoErrors_GivesTheReport() =>
        Lunch.Should().PassValidation(ValidationRuleSet.Default, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero)))
            .Which.Should().NotHaveIssue("JK1012");

    [Fact]
    public void PassValidation_Errors_FailsListingThem()
    {
        var rules = ValidationRuleSet.Default.WithSeverity("JK1006", IssueSeverity.Error);

        Failure.Of(() => Lunch.Should().PassValidation(rules)).Should().StartWith("""
            Expected Lunch to pass validation, but it has 1 error:
              - ERROR JK1006 /stages/eat: No step of stage
            """);
    }

    [Fact]
    public void RoundTrip_Json_GivesTheEqualMapReadBack() =>
        Lunch.Should().RoundTrip(JourneyMapJson.Default.Format).Which.Should().Be(Lunch);

    [Fact]
    public void RoundTrip_FormatThatLosesParts_FailsListingWhatWasLost() =>
        Failure.Of(() => Lunch.Should().RoundTrip(JourneyMapMermaid.Default.Format)).Should()
            .StartWith("Expected Lunch to round-trip through mermaid, but the map read back differs by ")
            .And.Contain("  - Changed kind of map from purchase to custom").And.EndWith("  ... and 16 more");

    [Fact]
    public void RoundTrip_WriteOnlyFormat_ThrowsNamingTheFormat() =>
        FluentActions.Invoking(() => Lunch.Should().RoundTrip(JourneyKit.Rendering.JourneyMapSvg.Default.Format))
            .Should().Throw<ArgumentException>().WithMessage("The format SVG cannot round-trip a map: it does not read.*");
}
