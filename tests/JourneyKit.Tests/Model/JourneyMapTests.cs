using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Model;

public class JourneyMapTests
{
    [Fact]
    public void Equals_TwoMapsBuiltTheSameWay_AreEqualAndHashEqually()
    {
        EqualityContract.AssertEqual(SampleMaps.Complete(), SampleMaps.Complete());
    }

    [Fact]
    public void Equals_MapsDifferingDeepInAStep_AreNotEqual()
    {
        var original = SampleMaps.Complete();
        var changed = original.ToBuilder()
            .EditStage("pay", s => s.EditStep("pays", st => st.Thought("Finally")))
            .Build();

        EqualityContract.AssertNotEqual(original, changed);
    }

    [Fact]
    public void Equals_MapsDifferingInStepOrder_AreNotEqual()
    {
        var first = JourneyMap.Create("m").Stage("s", s => s.Step("a").Step("b")).Build();
        var second = JourneyMap.Create("m").Stage("s", s => s.Step("b").Step("a")).Build();

        EqualityContract.AssertNotEqual(first, second);
    }

    [Fact]
    public void WithTitle_ReturnsChangedCopyWithSameIdAndLeavesOriginal()
    {
        var map = SampleMaps.Complete();

        var renamed = map.WithTitle("Lunch");

        renamed.Title.Should().Be("Lunch");
        renamed.Id.Should().Be(map.Id);
        map.Title.Should().Be("Buy lunch in the canteen");
        renamed.Stages.Should().Equal(map.Stages);
    }

    [Fact]
    public void WithProperty_SetsAndRemovesProperties()
    {
        var map = SampleMaps.Complete();

        var changed = map.WithProperty("team", "web").WithoutProperty("area").WithProperty("zone", "b");

        changed.Properties.Keys.Should().Equal("team", "zone");
        changed.Properties["team"].Should().Be("web");
        map.Properties["team"].Should().Be("cx");
    }

    [Fact]
    public void WithMethods_MapScalars_ReturnChangedCopies()
    {
        var map = SampleMaps.Complete();

        map.WithKind(JourneyKind.Support).Kind.Should().Be(JourneyKind.Support);
        map.WithAudience(Audience.B2B).Audience.Should().Be(Audience.B2B);
        map.WithDescription(null).Description.Should().BeNull();
        map.WithRevision(new Revision(3)).Revision!.Number.Should().Be(3);
        map.WithLastReviewedOn(new DateOnly(2026, 11, 1)).NextReviewDue.Should().Be(new DateOnly(2027, 1, 30));
        FluentActions.Invoking(() => map.WithReviewCadence(TimeSpan.Zero)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("cadence");
        FluentActions.Invoking(() => map.WithKind((JourneyKind)99)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*Purchase*");
    }

    [Fact]
    public void NextReviewDue_CadenceAndLastReview_AddsCadence()
    {
        SampleMaps.Complete().NextReviewDue.Should().Be(new DateOnly(2026, 12, 30));
        JourneyMap.Create("m").Build().NextReviewDue.Should().BeNull();
    }

    [Fact]
    public void FindMethods_KnownAndUnknownIds_FindElementsOrNull()
    {
        var map = SampleMaps.Complete();

        map.FindStage("pay")!.Name.Should().Be("Pay");
        map.FindStep("pays")!.Name.Should().Be("Pays");
        map.FindStageOf("pays")!.Id.Should().Be("pay");
        map.FindPersona("teacher")!.Name.Should().Be("Teacher");
        map.FindTouchpoint("till")!.Name.Should().Be("Till");
        map.FindChannel("in-person")!.Description.Should().Be("At the canteen");
        map.FindOwner("canteen-manager")!.Contact.Should().Be("canteen@example.com");
        map.FindPainPoint("menu-is-hard-to-read")!.Severity.Should().Be(PainSeverity.High);
        map.FindStep("nope").Should().BeNull();
        map.FindStageOf("nope").Should().BeNull();
    }

    [Fact]
    public void Steps_SpanAllStagesInTimelineOrder()
    {
        SampleMaps.Complete().Steps.Select(s => s.Id).Should().Equal("looks-at-the-menu", "queues", "pays");
    }

    [Fact]
    public void ToBuilder_BuiltUnchanged_EqualsOriginal()
    {
        var map = SampleMaps.Complete();

        var rebuilt = map.ToBuilder().Build();

        rebuilt.Should().Be(map);
        rebuilt.GetHashCode().Should().Be(map.GetHashCode());
    }

    [Fact]
    public void ToBuilder_StepRenamed_KeepsItsIdAndReferences()
    {
        var map = SampleMaps.Complete();

        var changed = map.ToBuilder().EditStage("Choose food", s => s.EditStep("looks-at-the-menu", st => st.Name("Reads the menu"))).Build();

        var step = changed.FindStep("looks-at-the-menu")!;
        step.Name.Should().Be("Reads the menu");
        changed.Transitions.Select(t => t.FromStepId).Should().Contain("looks-at-the-menu");
        map.FindStep("looks-at-the-menu")!.Name.Should().Be("Looks at the menu");
    }

    [Fact]
    public void ToBuilder_ChangesToBuilder_DoNotTouchTheMap()
    {
        var map = SampleMaps.Complete();
        var builder = map.ToBuilder();

        builder.RemoveStage("pay").Stage("Eat");

        map.Stages.Select(s => s.Id).Should().Equal("choose-food", "pay");
    }
}
