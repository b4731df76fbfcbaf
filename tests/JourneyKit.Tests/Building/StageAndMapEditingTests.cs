namespace JourneyKit.Tests.Building;

/// <summary>Clearing a stage's and the map's values and removing their items while editing.</summary>
public class StageAndMapEditingTests
{
    private static JourneyMap Lunch() => JourneyMap.Create("Lunch")
        .Description("Weekday lunch")
        .Revision(3, new DateOnly(2026, 11, 2), "CX team")
        .ReviewCadence(TimeSpan.FromDays(90)).LastReviewedOn(new DateOnly(2026, 11, 2))
        .Stage("Pay", s => s.Goal("Pay fast").OwnedBy("Canteen").Icon("$").Question("Card?", "Cash?")
            .Metric("Queue time", m => m.Unit("min").Target(5))
            .Step("Pays").Step("Leaves"))
        .Loop("Leaves", "Pays", "Forgot a drink")
        .Build();

    [Fact]
    public void StageClears_AndRemovals_EqualTheStageWrittenWithoutThem()
    {
        var edited = Lunch().ToBuilder()
            .EditStage("pay", s => s.ClearGoal().ClearOwner().ClearIcon().RemoveQuestion("Card?").RemoveMetric("queue-time"))
            .Prune()
            .Build();

        edited.Stages.Single().Should().Be(JourneyMap.Create("Lunch").Stage("Pay", s => s.Question("Cash?").Step("Pays").Step("Leaves")).Build().Stages.Single());
    }

    [Fact]
    public void MapClears_LeaveDescriptionRevisionAndReviewsUnset()
    {
        var edited = Lunch().ToBuilder().ClearDescription().ClearRevision().ClearReviews().Build();

        (edited.Description, edited.Revision, edited.ReviewCadence, edited.LastReviewedOn).Should().Be((null, null, null, null));
    }

    [Fact]
    public void RemoveTransition_ById_LeavesTheOtherPaths()
    {
        var map = Lunch();
        var id = map.Transitions.Single().Id;

        var edited = map.ToBuilder().RemoveTransition(id).Build();

        edited.Transitions.Should().BeEmpty();
        edited.Should().Be(map.ToBuilder().RemoveTransition(id).Build(), "the edit is the same every time");
    }

    [Fact]
    public void Removals_UnknownItem_ThrowNamingIt()
    {
        var builder = Lunch().ToBuilder();

        builder.Invoking(b => b.RemoveTransition("nowhere")).Should().Throw<ArgumentException>().WithParameterName("transition").WithMessage("*'nowhere'*");
        builder.Invoking(b => b.EditStage("pay", s => s.RemoveQuestion("Tip?"))).Should().Throw<ArgumentException>().WithParameterName("question").WithMessage("*Stage 'Pay' has no question 'Tip?'; it has 'Card?', 'Cash?'.*");
    }

    [Fact]
    public void EditPersona_ByName_ChangesThatPersonaAndKeepsItsId()
    {
        var map = JourneyMap.Create("Lunch").Persona("Student", p => p.Goal("Eat fast")).Persona("Teacher").Stage("Pay", s => s.Step("Pays")).Build();

        var edited = map.ToBuilder().EditPersona("Student", p => p.Segment("First year").Goal("Eat well")).Build();

        var student = edited.FindPersona("student")!;
        (student.Segment, string.Join("; ", student.Goals)).Should().Be(("First year", "Eat fast; Eat well"));
        edited.FindPersona("teacher").Should().Be(map.FindPersona("teacher"));
    }

    [Fact]
    public void EditPersona_Unknown_ThrowsListingThePersonas()
    {
        var builder = JourneyMap.Create("Lunch").Persona("Student");

        builder.Invoking(b => b.EditPersona("Chef", _ => { })).Should().Throw<ArgumentException>().WithParameterName("persona").WithMessage("*'Chef'*'Student'*");
    }
}
