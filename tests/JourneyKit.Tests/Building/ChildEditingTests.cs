using JourneyKit.Diffing;

namespace JourneyKit.Tests.Building;

/// <summary>Changing a step's pain points, opportunities, metrics, back-stage items and evidence in place while editing.</summary>
public class ChildEditingTests
{
    private static JourneyMap Lunch() => JourneyMap.Create("Lunch")
        .Stage("Pay", s => s
            .Metric("Queue time", m => m.Unit("min").Target(5))
            .Step("Pays", st => st
                .Evidence("Queue of 12 at noon", e => e.Id("noon-queue").Kind(EvidenceKind.Observation))
                .PainPoint("The queue is long", p => p.Cites("noon-queue").Property("ticket", "JK-1"))
                .Opportunity("Open a second till", o => o.Addresses("the-queue-is-long"))
                .Metric("Time to pay", m => m.Unit("s"))
                .BackStage("Card terminal", BackStageKind.System)))
        .Build();

    private static JourneyMap Edit(Action<JourneyKit.Building.StepBuilder> edit) =>
        Lunch().ToBuilder().EditStage("pay", s => s.EditStep("pays", edit)).Build();

    [Fact]
    public void EditPainPoint_ChangesSeverityAndKeepsWhatItHad()
    {
        var map = Lunch();

        var edited = map.ToBuilder().EditStage("pay", s => s.EditStep("pays", st => st.EditPainPoint("The queue is long", p => p.Severity(PainSeverity.Critical)))).Build();

        var pain = edited.FindPainPoint("the-queue-is-long")!;
        pain.Should().Be(map.FindPainPoint("the-queue-is-long")!.WithSeverity(PainSeverity.Critical));
        JourneyDiff.Compare(map, edited).Changes.Should().ContainSingle().Which.Property.Should().Be("severity");
    }

    [Fact]
    public void EditPainPoint_Reworded_KeepsItsId()
    {
        var pain = Edit(st => st.EditPainPoint("the-queue-is-long", p => p.Description("The queue is slow"))).FindPainPoint("the-queue-is-long")!;

        pain.Description.Should().Be("The queue is slow");
    }

    [Fact]
    public void EditOpportunityMetricBackStageAndEvidence_ChangeOnlyWhatIsSet()
    {
        var map = Lunch();

        var edited = map.ToBuilder()
            .EditStage("pay", s => s
                .EditMetric("queue-time", m => m.Actual(7))
                .EditStep("pays", st => st
                    .EditOpportunity("Open a second till", o => o.Status(OpportunityStatus.Planned))
                    .EditMetric("time-to-pay", m => m.Target(30))
                    .EditBackStage("Card terminal", b => b.Description("Contactless"))
                    .EditEvidence("noon-queue", e => e.Source("Site visit"))))
            .Build();

        JourneyDiff.Compare(map, edited).Changes.Select(c => (c.ElementKind, c.Property)).Should().BeEquivalentTo(new (ElementKind, string?)[]
        {
            (ElementKind.Metric, "actual"), (ElementKind.Opportunity, "status"), (ElementKind.Metric, "target"),
            (ElementKind.BackStageItem, "description"), (ElementKind.Evidence, "source"),
        });
    }

    [Fact]
    public void EditPainPoint_Unknown_ThrowsListingThePainPoints()
    {
        var act = () => Edit(st => st.EditPainPoint("Cold food", _ => { }));

        act.Should().Throw<ArgumentException>().WithParameterName("painPoint").WithMessage("*'Cold food'*'The queue is long'*");
    }
}
