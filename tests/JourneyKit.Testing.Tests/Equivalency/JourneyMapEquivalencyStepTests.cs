using JourneyKit.Samples.Maps;
using JourneyKit.Testing.Equivalency;
using JourneyKit.Testing.Tests.Support;

namespace JourneyKit.Testing.Tests.Equivalency;

public class JourneyMapEquivalencyStepTests
{
    private sealed record Workshop(string Team, JourneyMap Map);

    private static readonly JourneyMap Lunch = CanteenLunch.Build();

    private static readonly JourneyMap Changed = Lunch.ToBuilder().EditStage("pay", s => s.EditStep("pays", st => st.Emotion(1, "relieved"))).Build();

    [Fact]
    public void BeEquivalentTo_MapsAsMembersEqual_Passes() =>
        new Workshop("Class 10b", Lunch).Should().BeEquivalentTo(new Workshop("Class 10b", CanteenLunch.Build()));

    [Fact]
    public void BeEquivalentTo_MapAsMemberDiffers_FailsWithTheChangesNotADump()
    {
        var message = Failure.Of(() => new Workshop("Class 10b", Changed).Should().BeEquivalentTo(new Workshop("Class 10b", Lunch)));

        message.Should().Contain("""
            Expected property root.Map to be Journey map 'Buy lunch in the canteen' (3 stages, 4 steps), but it differs by 1 change:
              - Changed emotions of Pay › Pays from -1 (annoyed) to +1 (relieved)
            """).And.NotContain("Maximum recursion depth").And.NotContain("Stages =");
    }

    [Fact]
    public void BeEquivalentTo_MapInACollection_NamesItsPlace() =>
        Failure.Of(() => new[] { Lunch, Changed }.Should().BeEquivalentTo([Lunch, Lunch], o => o.WithStrictOrdering()))
            .Should().Contain("Expected root[1] to be Journey map").And.Contain("Changed emotions of Pay › Pays")
            .And.Contain("- Compare journey maps with JourneyKit's diff engine");

    [Fact]
    public void BeEquivalentTo_SubjectNotAMap_FailsSayingWhatItIs() =>
        Failure.Of(() => new { Map = (object)"a map" }.Should().BeEquivalentTo(new { Map = (object)Lunch }))
            .Should().Contain("to be a journey map, but found \"a map\"");

    [Fact]
    public void Handle_PassedToOneAssertion_ComparesMaps() =>
        Failure.Of(() => Changed.Should().BeEquivalentTo(Lunch)).Should().Contain("it differs by 1 change");

    [Fact]
    public void ObjectAssertions_MapValue_ShowsTheSummaryLine() =>
        Failure.Of(() => ((object)Lunch).Should().BeNull()).Should()
            .Be("Expected ((object)Lunch) to be <null>, but found Journey map 'Buy lunch in the canteen' (3 stages, 4 steps).");

    [Fact]
    public void Using_StepRegisteredByHand_ComparesLikeTheDefault() =>
        Failure.Of(() => new Workshop("b", Changed).Should().BeEquivalentTo(new Workshop("b", Lunch), o => o.Using(new JourneyMapEquivalencyStep())))
            .Should().Contain("  - Changed emotions of Pay › Pays from -1 (annoyed) to +1 (relieved)");
}
