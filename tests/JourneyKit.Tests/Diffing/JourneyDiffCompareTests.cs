using FsCheck.Xunit;
using JourneyKit.Diffing;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Diffing;

public class JourneyDiffCompareTests
{
    [Fact]
    public void Compare_EqualMaps_ReturnsEmptyDiff()
    {
        var diff = JourneyDiff.Compare(DiffMaps.Lunch(), DiffMaps.Lunch());

        diff.IsEmpty.Should().BeTrue();
        diff.ToString().Should().Be("No changes.");
    }

    [Property(MaxTest = 200)]
    public bool Compare_AnyEdit_HoldsBeforeAndAfterOfTheChangesValueType(int seed)
    {
        var before = RandomMaps.Build(seed, maxStages: 4, maxStepsPerStage: 4);
        var diff = JourneyDiff.Compare(before, MapEdits.Edit(before, seed, 1 + Math.Abs(seed % 7)));

        return diff.Changes.All(c => (c.ValueType is null) == (c.Kind is ChangeKind.Moved or ChangeKind.Reordered)
            && (c.Before is null || c.Before.GetType() == c.ValueType)
            && (c.After is null || c.After.GetType() == c.ValueType));
    }

    [Fact]
    public void TryGetAfter_ChangedSeverity_ReadsTheTypedValues()
    {
        static JourneyMap Lunch(PainSeverity severity) =>
            JourneyMap.Create("Buy lunch").Stage("Choose", s => s.Step("Queues", st => st.PainPoint("The queue is long", severity))).Build();

        var change = JourneyDiff.Compare(Lunch(PainSeverity.High), Lunch(PainSeverity.Critical)).Changes.Should().ContainSingle().Subject;

        change.ValueType.Should().Be<PainSeverity>();
        change.TryGetBefore(out PainSeverity was).Should().BeTrue();
        change.TryGetAfter(out PainSeverity now).Should().BeTrue();
        (was, now).Should().Be((PainSeverity.High, PainSeverity.Critical));
        change.TryGetAfter(out string? _).Should().BeFalse("the value is a severity, not a text");
    }

    [Fact]
    public void ValueType_ChangeReadWithoutItsProperty_IsUnknown()
    {
        const string json = """{"diffSchemaVersion":1,"changes":[{"change":"propertyChanged","element":"step","id":"a","before":"x","after":"y","path":"/stages/s/steps/a","location":"A"}]}""";

        var change = JourneyKit.Serialization.Json.JourneyDiffJson.Default.Deserialize(json).Changes.Single();

        change.ValueType.Should().BeNull();
    }

    [Fact]
    public void TryGetBefore_AddedElement_HasNoOldValue()
    {
        var before = DiffMaps.Lunch();
        var after = JourneyMap.Create("Buy lunch").Build();
        var added = JourneyDiff.Compare(after, before).Changes.First(c => c.Kind == ChangeKind.Added && c.ElementKind == ElementKind.Stage);

        added.ValueType.Should().Be<Stage>();
        added.TryGetAfter(out Stage? stage).Should().BeTrue();
        stage!.Id.Should().Be(added.ElementId);
        added.TryGetBefore(out Stage? _).Should().BeFalse("an added stage has no old value");
    }

    [Fact]
    public void Compare_ChangedDescription_ReportsPropertyWithBeforeAfterPathAndFingerprint()
    {
        var after = DiffMaps.Lunch(m => m.EditStage("Choose", s => s.EditStep("Reads the menu", st => st.Description("Reads the specials"))));

        var change = JourneyDiff.Compare(DiffMaps.Lunch(), after).Changes.Should().ContainSingle().Subject;

        change.Kind.Should().Be(ChangeKind.PropertyChanged);
        change.ElementKind.Should().Be(ElementKind.Step);
        change.ElementId.Should().Be("reads-the-menu");
        change.Property.Should().Be("description");
        change.Before.Should().Be("Looks at today's dishes");
        change.After.Should().Be("Reads the specials");
        change.Path.Value.Should().Be("/stages/choose/steps/reads-the-menu/description");
        change.Location.Should().Be("Choose › Reads the menu");
        change.StageId.Should().Be("choose");
        change.Fingerprint.Should().Be("propertyChanged:step:reads-the-menu:description");
        change.Confidence.Should().Be(1);
        change.IsInferred.Should().BeFalse();
    }

    [Fact]
    public void Compare_StepMovedToAnotherStage_ReportsOneMoveWithBothParents()
    {
        var after = DiffMaps.Lunch(m => m
            .EditStage("Choose", s => s.RemoveStep("Queues"))
            .EditStage("Pay", s => s.Step("Queues", st => st.Emotion(-1).PainPoint("The queue is long", PainSeverity.High))));

        var change = JourneyDiff.Compare(DiffMaps.Lunch(), after).Changes.Should().ContainSingle().Subject;

        change.Kind.Should().Be(ChangeKind.Moved);
        change.ElementId.Should().Be("queues");
        change.FromParent.Should().Be(new ElementRef(ElementKind.Stage, "choose"));
        change.FromIndex.Should().Be(1);
        change.ToParent.Should().Be(new ElementRef(ElementKind.Stage, "pay"));
        change.ToIndex.Should().Be(2);
    }

    [Fact]
    public void Compare_PainPointMovedToAnotherStep_ReportsAMoveNotARemovalAndAnAddition()
    {
        var after = DiffMaps.Lunch(m => m
            .EditStage("Choose", s => s.RemoveStep("Queues").Step("Queues", st => st.Emotion(-1)))
            .EditStage("Pay", s => s.EditStep("Pays at the till", st => st.PainPoint("The queue is long", PainSeverity.High))));

        var changes = JourneyDiff.Compare(DiffMaps.Lunch(), after).Changes;

        changes.Should().ContainSingle(c => c.Kind == ChangeKind.Moved && c.ElementKind == ElementKind.PainPoint)
            .Which.ToParent.Should().Be(new ElementRef(ElementKind.Step, "pays-at-the-till"));
        changes.Should().NotContain(c => c.Kind == ChangeKind.Added || c.Kind == ChangeKind.Removed);
    }

    [Fact]
    public void Compare_OneStepMovedToTheEnd_ReportsOnlyThatStepAsReordered()
    {
        var after = DiffMaps.Lunch(m => m.EditStage("Choose", s => s.RemoveStep("Reads the menu")
            .Step("Reads the menu", st => st.Via("Menu board").Emotion(1).OwnedBy("Canteen").Description("Looks at today's dishes"))));

        var change = JourneyDiff.Compare(DiffMaps.Lunch(), after).Changes.Should().ContainSingle().Subject;

        change.Kind.Should().Be(ChangeKind.Reordered);
        change.ElementId.Should().Be("reads-the-menu");
        (change.FromIndex, change.ToIndex).Should().Be((0, 2));
    }

    [Fact]
    public void Compare_StepRenamedWithANameDerivedId_MatchesItBySimilarityAndSaysSo()
    {
        var after = DiffMaps.Lunch(m => m.EditStage("Choose", s => s.RemoveStep("Queues")
            .Step("Queues for food", st => st.Emotion(-1).PainPoint("The queue is long", PainSeverity.High))
            .RemoveStep("Picks a dish").Step("Picks a dish", st => st.Emotion(1))));

        var change = JourneyDiff.Compare(DiffMaps.Lunch(), after).Changes.Should().ContainSingle().Subject;

        change.Kind.Should().Be(ChangeKind.Renamed);
        change.ElementId.Should().Be("queues-for-food");
        change.PreviousId.Should().Be("queues");
        (change.Before, change.After).Should().Be(("Queues", "Queues for food"));
        change.IsInferred.Should().BeTrue();
        change.Confidence.Should().BeInRange(0.6, 0.99);
    }

    [Fact]
    public void Compare_MatchingBySimilarityTurnedOff_ReportsRemovalAndAddition()
    {
        var after = DiffMaps.Lunch(m => m.EditStage("Pay", s => s.RemoveStep("Gets a receipt").Step("Gets a paper receipt", st => st.Emotion(0))));

        var changes = JourneyDiff.Compare(DiffMaps.Lunch(), after, DiffOptions.Default with { InferenceThreshold = 2 }).Changes;

        changes.Select(c => (c.Kind, c.ElementId)).Should().BeEquivalentTo([(ChangeKind.Added, "gets-a-paper-receipt"), (ChangeKind.Removed, "gets-a-receipt")]);
    }

    [Fact]
    public void Compare_UnrelatedStepReplacingAnother_IsNotMatchedBySimilarity()
    {
        var after = DiffMaps.Lunch(m => m.EditStage("Pay", s => s.RemoveStep("Gets a receipt")
            .Step("Leaves feedback on the app", st => st.Via("App").Emotion(2).OwnedBy("Kitchen").Description("Rates the dish"))));

        var changes = JourneyDiff.Compare(DiffMaps.Lunch(), after).Changes;

        changes.Select(c => c.Kind).Should().BeEquivalentTo([ChangeKind.Added, ChangeKind.Removed]);
    }

    [Fact]
    public void Compare_TouchpointsOfAStepInAnotherOrder_ReportsNothing()
    {
        var after = DiffMaps.Lunch(m => m.EditStage("Pay", s => s.RemoveStep("Pays at the till").Step("Pays at the till", st => st.Via("App", "Till").Emotion(0))
            .RemoveStep("Gets a receipt").Step("Gets a receipt", st => st.Emotion(0))));

        JourneyDiff.Compare(DiffMaps.Lunch(), after).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Compare_TouchpointAddedToAStep_ReportsTheStepsTouchpointsChanged()
    {
        var after = DiffMaps.Lunch(m => m.EditStage("Choose", s => s.EditStep("Picks a dish", st => st.Via("App"))));

        var change = JourneyDiff.Compare(DiffMaps.Lunch(), after).Changes.Should().ContainSingle().Subject;

        change.Property.Should().Be("touchpoints");
        change.Before.Should().Be(ValueList<string>.Empty);
        change.After.Should().Be((ValueList<string>)["app"]);
    }

    [Fact]
    public void Compare_PainPointAdded_ReportsTheWholeElement()
    {
        var after = DiffMaps.Lunch(m => m.EditStage("Pay", s => s.EditStep("Pays at the till", st => st.PainPoint("The card reader is slow", PainSeverity.Medium))));

        var change = JourneyDiff.Compare(DiffMaps.Lunch(), after).Changes.Should().ContainSingle().Subject;

        change.Kind.Should().Be(ChangeKind.Added);
        change.After.Should().BeOfType<PainPoint>().Which.Description.Should().Be("The card reader is slow");
        change.ToParent.Should().Be(new ElementRef(ElementKind.Step, "pays-at-the-till"));
        change.Description.Should().Be("Added pain point Pay › Pays at the till › pain point 'The card reader is slow'");
    }

    [Fact]
    public void Compare_StageRemovedAfterItsStepMovedOut_LeavesTheMovedStepOutOfTheRemovedStage()
    {
        var after = DiffMaps.Lunch(m => m
            .RemoveStage("Pay")
            .EditStage("Choose", s => s.Step("Pays at the till", st => st.Via("Till", "App").Emotion(0))));

        var changes = JourneyDiff.Compare(DiffMaps.Lunch(), after).Changes;

        changes.Should().ContainSingle(c => c.Kind == ChangeKind.Moved).Which.ElementId.Should().Be("pays-at-the-till");
        changes.Should().ContainSingle(c => c.Kind == ChangeKind.Removed).Which.Before.Should().BeOfType<Stage>()
            .Which.Steps.Select(s => s.Id).Should().Equal("gets-a-receipt");
    }

    [Fact]
    public void Compare_CaseAndWhitespaceOnlyEdits_AreIgnoredWhenAsked()
    {
        var after = DiffMaps.Lunch(m => m.EditStage("Choose", s => s.EditStep("Reads the menu", st => st.Description("  looks at TODAY'S   dishes "))));
        var lenient = DiffOptions.Default with { IgnoreCase = true, IgnoreWhitespace = true };

        JourneyDiff.Compare(DiffMaps.Lunch(), after, lenient).IsEmpty.Should().BeTrue();
        JourneyDiff.Compare(DiffMaps.Lunch(), after).IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void Compare_IgnoredPropertiesKindsAndRevision_AreNotReported()
    {
        var after = DiffMaps.Lunch(m => m
            .Revision(2)
            .EditStage("Choose", s => s.EditStep("Reads the menu", st => st.Description("Reads the specials")).EditStep("Queues", st => st.PainPoint("It is loud")))
            .EditStage("Pay", s => s.Goal("Pay fast")));
        var options = DiffOptions.Default with { IgnoreRevision = true, IgnoredProperties = ["step.description", "goal"], IgnoredKinds = [ElementKind.PainPoint] };

        JourneyDiff.Compare(DiffMaps.Lunch(), after, options).IsEmpty.Should().BeTrue();
        JourneyDiff.Compare(DiffMaps.Lunch(), after).Changes.Should().HaveCount(4);
    }

    [Fact]
    public void Fingerprint_SameChangeAtAnotherPosition_StaysTheSame()
    {
        var edited = DiffMaps.Lunch(m => m.EditStage("Pay", s => s.EditStep("Gets a receipt", st => st.Description("Paper or email"))));
        var movedAndEdited = DiffMaps.Lunch(m => m.EditStage("Pay", s => s.RemoveStep("Gets a receipt").Step("Gets a receipt", st => st.Emotion(0).Description("Paper or email")))
            .EditStage("Pay", s => s.RemoveStep("Pays at the till").Step("Pays at the till", st => st.Via("Till", "App").Emotion(0))));

        var first = JourneyDiff.Compare(DiffMaps.Lunch(), edited).Changes.Single(c => c.Property == "description");
        var second = JourneyDiff.Compare(DiffMaps.Lunch(), movedAndEdited).Changes.Single(c => c.Property == "description");

        second.Fingerprint.Should().Be(first.Fingerprint);
    }

    [Fact]
    public void Compare_NullMap_ThrowsArgumentNullException()
    {
        var compare = () => JourneyDiff.Compare(null!, DiffMaps.Lunch());

        compare.Should().Throw<ArgumentNullException>().WithParameterName("before");
    }
}
