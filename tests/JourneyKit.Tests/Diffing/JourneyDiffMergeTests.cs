using JourneyKit.Building;
using JourneyKit.Diffing;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Diffing;

public class JourneyDiffMergeTests
{
    private static readonly JourneyMap Base = DiffMaps.Lunch();

    private static MergeResult Merge(Action<JourneyMapBuilder> ours, Action<JourneyMapBuilder> theirs) =>
        JourneyDiff.Merge(Base, DiffMaps.Lunch(ours), DiffMaps.Lunch(theirs));

    [Fact]
    public void Merge_EditsToDifferentElements_KeepsBothWithoutConflicts()
    {
        var result = Merge(
            m => m.EditStage("Choose", s => s.Goal("Decide fast")),
            m => m.EditStage("Pay", s => s.EditStep("Gets a receipt", st => st.Description("Paper or email"))).Owner("Cashier"));

        result.Conflicts.Should().BeEmpty();
        result.IsClean.Should().BeTrue();
        result.Merged.Should().Be(DiffMaps.Lunch(m => m
            .EditStage("Choose", s => s.Goal("Decide fast"))
            .EditStage("Pay", s => s.EditStep("Gets a receipt", st => st.Description("Paper or email")))
            .Owner("Cashier")));
    }

    [Fact]
    public void Merge_BothSidesRecordARevisionWithIgnoreRevision_IsNoConflictAndKeepsTheBase()
    {
        var ours = DiffMaps.Lunch(m => m.Revision(2, author: "Ann").EditStage("Choose", s => s.Goal("Decide fast")));
        var theirs = DiffMaps.Lunch(m => m.Revision(3, author: "Bo"));

        var plain = JourneyDiff.Merge(Base, ours, theirs);
        var ignoring = JourneyDiff.Merge(Base, ours, theirs, DiffOptions.Default with { IgnoreRevision = true });

        plain.Conflicts.Should().NotBeEmpty();
        ignoring.Conflicts.Should().BeEmpty();
        ignoring.Merged.Revision.Should().Be(Base.Revision);
        ignoring.Merged.FindStage("choose")!.Goal.Should().Be("Decide fast");
    }

    [Fact]
    public void Merge_SameEditOnBothSides_IsNotAConflict()
    {
        var result = Merge(m => m.EditStage("Pay", s => s.Goal("Pay fast")), m => m.EditStage("Pay", s => s.Goal("Pay fast")));

        result.Conflicts.Should().BeEmpty();
        result.Merged.FindStage("pay")!.Goal.Should().Be("Pay fast");
    }

    [Fact]
    public void Merge_SamePropertyChangedDifferently_KeepsOursUntilResolvedThenTheirs()
    {
        var result = Merge(m => m.EditStage("Pay", s => s.Goal("Pay fast")), m => m.EditStage("Pay", s => s.Goal("Pay safely")));

        var conflict = result.Conflicts.Should().ContainSingle().Subject;
        conflict.Kind.Should().Be(ConflictKind.PropertyChangedDifferently);
        (conflict.Ours!.After, conflict.Theirs!.After).Should().Be(("Pay fast", "Pay safely"));
        conflict.IsResolved.Should().BeFalse();
        result.IsClean.Should().BeFalse();
        result.Merged.FindStage("pay")!.Goal.Should().Be("Pay fast");

        var resolved = result.Resolve(conflict, ConflictResolution.Theirs);

        resolved.Merged.FindStage("pay")!.Goal.Should().Be("Pay safely");
        resolved.IsClean.Should().BeTrue();
        resolved.Conflicts.Should().ContainSingle().Which.Resolution.Should().Be(ConflictResolution.Theirs);
    }

    [Fact]
    public void Merge_ElementChangedOnOneSideAndRemovedOnTheOther_IsAConflict()
    {
        var result = Merge(
            m => m.EditStage("Pay", s => s.EditStep("Gets a receipt", st => st.Description("Paper or email"))),
            m => m.EditStage("Pay", s => s.RemoveStep("Gets a receipt")));

        result.Conflicts.Should().ContainSingle().Which.Kind.Should().Be(ConflictKind.ModifiedAndRemoved);
        result.Merged.FindStep("gets-a-receipt")!.Description.Should().Be("Paper or email");
        result.ResolveAll(ConflictResolution.Theirs).Merged.FindStep("gets-a-receipt").Should().BeNull();
    }

    [Fact]
    public void Merge_ChangeInsideAStageTheOtherSideRemoved_IsAConflict()
    {
        var result = Merge(
            m => m.EditStage("Pay", s => s.EditStep("Gets a receipt", st => st.Description("Paper or email"))),
            m => m.RemoveStage("Pay"));

        result.Conflicts.Should().ContainSingle().Which.Kind.Should().Be(ConflictKind.ModifiedAndRemoved);
        result.Merged.FindStage("pay").Should().NotBeNull();
    }

    [Fact]
    public void Merge_StepMovedToDifferentStages_IsAConflict()
    {
        var result = Merge(
            m => m.EditStage("Choose", s => s.RemoveStep("Queues")).EditStage("Pay", s => s.Step("Queues", Queues)),
            m => m.EditStage("Choose", s => s.RemoveStep("Queues")).Stage("Wait", s => s.Step("Queues", Queues)));

        result.Conflicts.Should().ContainSingle().Which.Kind.Should().Be(ConflictKind.MovedToDifferentParents);
        result.Merged.FindStageOf("queues")!.Id.Should().Be("pay");
        result.ResolveAll(ConflictResolution.Theirs).Merged.FindStageOf("queues")!.Id.Should().Be("wait");
    }

    [Fact]
    public void Merge_StepMovedOnOneSideAndRemovedOnTheOther_IsAConflict()
    {
        var result = Merge(
            m => m.EditStage("Choose", s => s.RemoveStep("Queues")).EditStage("Pay", s => s.Step("Queues", Queues)),
            m => m.EditStage("Choose", s => s.RemoveStep("Queues")));

        result.Conflicts.Should().ContainSingle().Which.Kind.Should().Be(ConflictKind.MovedAndRemoved);
    }

    [Fact]
    public void Merge_StepReorderedDifferently_IsAConflict()
    {
        var result = Merge(
            m => m.EditStage("Choose", s => s.RemoveStep("Picks a dish").RemoveStep("Reads the menu").RemoveStep("Queues")
                .Step("Picks a dish", PicksADish).Step("Reads the menu", ReadsTheMenu).Step("Queues", Queues)),
            m => m.EditStage("Choose", s => s.RemoveStep("Queues").Step("Queues", Queues)));
        var different = Merge(
            m => m.EditStage("Choose", s => s.RemoveStep("Picks a dish").RemoveStep("Reads the menu").RemoveStep("Queues")
                .Step("Picks a dish", PicksADish).Step("Reads the menu", ReadsTheMenu).Step("Queues", Queues)),
            m => m.EditStage("Choose", s => s.RemoveStep("Picks a dish").RemoveStep("Queues").Step("Picks a dish", PicksADish).Step("Queues", Queues)));

        result.Conflicts.Should().ContainSingle().Which.Kind.Should().Be(ConflictKind.ReorderedDifferently);
        different.Conflicts.Should().ContainSingle().Which.Kind.Should().Be(ConflictKind.ReorderedDifferently);
        different.Merged.Stages[0].Steps.Select(s => s.Id).Should().Equal("picks-a-dish", "reads-the-menu", "queues");
        different.ResolveAll(ConflictResolution.Theirs).Merged.Stages[0].Steps.Select(s => s.Id).Should().Equal("reads-the-menu", "picks-a-dish", "queues");
    }

    [Fact]
    public void Merge_StepAddedIntoAStageTheOtherSideRemoved_IsAConflict()
    {
        var result = Merge(m => m.EditStage("Pay", s => s.Step("Tips", st => st.Emotion(1))), m => m.RemoveStage("Pay"));

        result.Conflicts.Should().ContainSingle().Which.Kind.Should().Be(ConflictKind.AddedUnderRemovedParent);
        result.Merged.FindStep("tips").Should().NotBeNull();
        result.ResolveAll(ConflictResolution.Theirs).Merged.FindStage("pay").Should().BeNull();
    }

    [Fact]
    public void Merge_SameIdAddedWithDifferentContent_IsAConflict()
    {
        var result = Merge(m => m.Owner("Cashier", o => o.Contact("till@example.com")), m => m.Owner("Cashier", o => o.Contact("cash@example.com")));

        result.Conflicts.Should().ContainSingle().Which.Kind.Should().Be(ConflictKind.SameIdAddedDifferently);
        result.Merged.FindOwner("cashier")!.Contact.Should().Be("till@example.com");
    }

    [Fact]
    public void Merge_ReferenceToAnElementTheOtherSideRemoved_IsAConflictAndTheMapStaysSound()
    {
        var result = Merge(
            m => m.EditStage("Choose", s => s.EditStep("Picks a dish", st => st.Via("App"))),
            m => m.EditStage("Pay", s => s.RemoveStep("Pays at the till").Step("Pays at the till", st => st.Via("Till").Emotion(0))));
        var removed = JourneyDiff.Merge(
            Base,
            DiffMaps.Lunch(m => m.EditStage("Choose", s => s.EditStep("Picks a dish", st => st.Via("Menu board")))),
            RemoveMenuBoard());

        result.Conflicts.Should().BeEmpty();
        var conflict = removed.Conflicts.Should().ContainSingle().Subject;
        conflict.Kind.Should().Be(ConflictKind.DanglingReference);
        removed.Merged.ToBuilder().Build().Should().Be(removed.Merged);
        removed.ResolveAll(ConflictResolution.Theirs).Merged.FindTouchpoint("menu-board").Should().BeNull();
    }

    [Fact]
    public void Resolve_ConflictOfAnotherMerge_Throws()
    {
        var result = Merge(m => m.EditStage("Pay", s => s.Goal("Pay fast")), m => m.EditStage("Pay", s => s.Goal("Pay safely")));
        var other = Merge(m => m.EditStage("Choose", s => s.Goal("A")), m => m.EditStage("Choose", s => s.Goal("B"))).Conflicts[0];

        var resolve = () => result.Resolve(other, ConflictResolution.Theirs);

        resolve.Should().Throw<ArgumentException>().WithParameterName("conflict");
    }

    private static JourneyMap RemoveMenuBoard() => JourneyMap.Create("Buy lunch")
        .Owner("Canteen")
        .Owner("Kitchen")
        .Touchpoint("Till")
        .Touchpoint("App")
        .Stage("Choose", s => s
            .Step("Reads the menu", st => st.Emotion(1).OwnedBy("Canteen").Description("Looks at today's dishes"))
            .Step("Queues", Queues)
            .Step("Picks a dish", st => st.Emotion(1)))
        .Stage("Pay", s => s
            .Metric("Time to pay", m => m.Kind(MetricKind.Duration).Unit("s").Target(30).Actual(45))
            .Step("Pays at the till", st => st.Via("Till", "App").Emotion(0))
            .Step("Gets a receipt", st => st.Emotion(0)))
        .Build();

    private static void Queues(StepBuilder step) => step.Emotion(-1).PainPoint("The queue is long", PainSeverity.High);

    private static void PicksADish(StepBuilder step) => step.Emotion(1);

    private static void ReadsTheMenu(StepBuilder step) => step.Via("Menu board").Emotion(1).OwnedBy("Canteen").Description("Looks at today's dishes");
}
