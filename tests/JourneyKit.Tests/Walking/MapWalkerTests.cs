using System.Text.Json.Nodes;
using JourneyKit.Serialization.Json;
using JourneyKit.Tests.Support;
using JourneyKit.Walking;

namespace JourneyKit.Tests.Walking;

public class MapWalkerTests
{
    /// <summary>Writes down every visit: the kind, the element's id and the place's path, stage and step.</summary>
    private sealed class Recorder(Func<ElementKind, bool>? visits = null) : MapVisitor
    {
        public List<string> Seen { get; } = [];

        public override bool Visits(ElementKind kind) => visits?.Invoke(kind) ?? true;

        public override void VisitMap(JourneyMap map) => Seen.Add("begin " + map.Id);

        public override void VisitPersona(Persona persona, in MapPlace place) => Record(persona.Id, place);

        public override void VisitChannel(Channel channel, in MapPlace place) => Record(channel.Id, place);

        public override void VisitOwner(Owner owner, in MapPlace place) => Record(owner.Id, place);

        public override void VisitTouchpoint(Touchpoint touchpoint, in MapPlace place) => Record(touchpoint.Id, place);

        public override void VisitStage(Stage stage, in MapPlace place) => Record(stage.Id, place);

        public override void VisitStep(Step step, in MapPlace place) => Record(step.Id, place);

        public override void VisitPainPoint(PainPoint painPoint, in MapPlace place) => Record(painPoint.Id, place);

        public override void VisitOpportunity(Opportunity opportunity, in MapPlace place) => Record(opportunity.Id, place);

        public override void VisitMetric(Metric metric, in MapPlace place) => Record(metric.Id, place);

        public override void VisitBackStageItem(BackStageItem item, in MapPlace place) => Record(item.Id, place);

        public override void VisitTransition(Transition transition, in MapPlace place) => Record(transition.Id, place);

        public override void EndMap(JourneyMap map) => Seen.Add("end " + map.Id);

        private void Record(string id, in MapPlace place)
        {
            place.Path.Value.Should().EndWith(id, "the path of an element ends with its id");
            Seen.Add($"{place.Kind} {place.Path.Value} in {place.Stage?.Id ?? "-"}/{place.Step?.Id ?? "-"}");
        }
    }

    [Fact]
    public void Walk_SampleMap_VisitsEveryElementOnceInDocumentOrder()
    {
        var map = SampleMaps.Complete();
        var recorder = new Recorder();

        MapWalker.Walk(map, recorder);

        var paths = recorder.Seen.Skip(1).SkipLast(1).Select(v => v.Split(' ')[1]);
        paths.Should().Equal(JsonElementPaths(JsonNode.Parse(JourneyMapJson.Default.Serialize(map))!, "").Skip(1));
        recorder.Seen[0].Should().Be("begin " + map.Id);
        recorder.Seen[^1].Should().Be("end " + map.Id);
    }

    [Fact]
    public void Walk_Places_NameTheStageAndStepThatHoldEachElement()
    {
        var map = ValidationMapsLike();
        var recorder = new Recorder();

        MapWalker.Walk(map, recorder);

        recorder.Seen.Should().Contain([
            "Stage /stages/pay in pay/-",
            "Metric /stages/pay/metrics/queue-time in pay/-",
            "Step /stages/pay/steps/pays in pay/pays",
            "PainPoint /stages/pay/steps/pays/painPoints/no-card in pay/pays",
            "Opportunity /stages/pay/steps/pays/opportunities/take-cards in pay/pays",
            "Metric /stages/pay/steps/pays/metrics/tips in pay/pays",
            "BackStageItem /stages/pay/steps/pays/backStage/till in pay/pays",
            "Touchpoint /touchpoints/counter in -/-",
            "Transition /transitions/pays-exit in -/-",
        ]);
    }

    [Fact]
    public void Walk_VisitorThatDeclinesKinds_IsCalledOnlyForTheOthers()
    {
        var recorder = new Recorder(kind => kind is ElementKind.PainPoint);

        MapWalker.Walk(ValidationMapsLike(), recorder);

        recorder.Seen.Should().Equal("begin buy-lunch", "PainPoint /stages/pay/steps/pays/painPoints/no-card in pay/pays", "end buy-lunch");
    }

    [Fact]
    public void Walk_SeveralVisitors_EachSeesTheWholeWalkInOnePass()
    {
        var first = new Recorder();
        var second = new Recorder(kind => kind == ElementKind.Step);

        MapWalker.Walk(ValidationMapsLike(), first, second);

        first.Seen.Should().HaveCountGreaterThan(10);
        second.Seen.Should().Equal("begin buy-lunch", "Step /stages/pay/steps/pays in pay/pays", "end buy-lunch");
    }

    [Fact]
    public void Walk_NullArguments_AreRefused()
    {
        var map = ValidationMapsLike();

        FluentActions.Invoking(() => MapWalker.Walk(null!, new Recorder())).Should().Throw<ArgumentNullException>().WithParameterName("map");
        FluentActions.Invoking(() => MapWalker.Walk(map, (MapVisitor)null!)).Should().Throw<ArgumentNullException>().WithParameterName("visitor");
        FluentActions.Invoking(() => MapWalker.Walk(map, new Recorder(), null!)).Should().Throw<ArgumentNullException>().WithParameterName("visitors");
    }

    [Fact]
    public void Place_OfTheMapsOwnElements_HasNoStageOrStep()
    {
        var recorder = new Recorder();

        MapWalker.Walk(ValidationMapsLike(), recorder);

        recorder.Seen.Where(v => v.StartsWith("Persona", StringComparison.Ordinal) || v.StartsWith("Owner", StringComparison.Ordinal))
            .Should().OnlyContain(v => v.EndsWith(" in -/-", StringComparison.Ordinal));
    }

    private static JourneyMap ValidationMapsLike() => JourneyMap.Create("Buy lunch")
        .Persona("Student")
        .Owner("Manager")
        .Touchpoint("Counter")
        .Stage("Pay", s => s
            .Metric("Queue time", m => m.Unit("min"))
            .Step("Pays", st => st
                .Via("Counter")
                .PainPoint("No card", id: "no-card")
                .Opportunity("Take cards", o => o.Addresses("no-card"))
                .Metric("Tips")
                .BackStage("Till")))
        .Exit("Pays")
        .Build();

    /// <summary>The paths of the elements of a JSON map document, in the order the document holds them.</summary>
    private static IEnumerable<string> JsonElementPaths(JsonNode node, string path)
    {
        yield return path;
        foreach (var (name, value) in node.AsObject())
        {
            if (value is JsonArray items && items.All(i => i is JsonObject o && o.ContainsKey("id")))
            {
                foreach (var item in items)
                {
                    foreach (var nested in JsonElementPaths(item!, $"{path}/{name}/{item!["id"]!.GetValue<string>()}"))
                    {
                        yield return nested;
                    }
                }
            }
        }
    }
}
