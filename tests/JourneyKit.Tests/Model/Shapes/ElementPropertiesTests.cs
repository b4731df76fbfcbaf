using JourneyKit.Diffing;
using JourneyKit.Model.Shapes;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Json;
using JourneyKit.Serialization.Mermaid;
using AllShapes = JourneyKit.Model.Shapes.Shapes;

namespace JourneyKit.Tests.Model.Shapes;

/// <summary>Custom properties on every element kind, from the builder through JSON, the diff, the merge and Mermaid's losses.</summary>
public class ElementPropertiesTests
{
    private static JourneyMap Tagged(string ticket = "JIRA-1") => JourneyMap.Create("Buy lunch")
        .Persona("Student", p => p.Property("crm", "seg-7"))
        .Channel("Web", c => c.Property("crm", "web"))
        .Owner("Canteen", o => o.Property("team", "ops"))
        .Touchpoint("App", t => t.OnChannel("Web").Property("crm", "TP-42"))
        .Stage("Choose", s => s
            .Property("colour", "blue")
            .Metric("Queue time", m => m.Kind(MetricKind.Duration).Property("source", "tills"))
            .Step("Queues", st => st
                .Property("tags", "peak, queue")
                .Via("App")
                .PainPoint("The queue is long", p => p.Id("queue").Severity(PainSeverity.High).Property("ticket", ticket))
                .Opportunity("Pre-order", o => o.Addresses("queue").Property("ticket", "JIRA-2"))
                .BackStage("Till system", b => b.Kind(BackStageKind.System).Description("Point of sale").Property("service", "pos")))
            .Step("Pays"))
        .Branch("Queues", "Pays", t => t.Label("Skips the queue").Share(0.2m).Property("event", "skip"))
        .Build();

    [Fact]
    public void Shapes_EveryElementKind_DescribesCustomProperties()
    {
        foreach (var kind in Enum.GetValues<ElementKind>())
        {
            var shape = AllShapes.Of(kind);
            var property = shape.PropertyIndex(ElementProperties.Name);

            property.Should().BeGreaterThanOrEqualTo(0, $"{shape.Word} carries custom properties");
            shape.Codec(property).Should().BeOfType<PropertiesCodec>();
        }
    }

    [Fact]
    public void Build_PropertyOnEveryElementBuilder_IsCarriedToTheModel()
    {
        var map = Tagged();
        var step = map.Steps[0];

        map.Personas[0].Properties["crm"].Should().Be("seg-7");
        map.Channels[0].Properties["crm"].Should().Be("web");
        map.Owners[0].Properties["team"].Should().Be("ops");
        map.Touchpoints[0].Properties["crm"].Should().Be("TP-42");
        map.Stages[0].Properties["colour"].Should().Be("blue");
        map.Stages[0].Metrics[0].Properties["source"].Should().Be("tills");
        step.Properties["tags"].Should().Be("peak, queue");
        step.PainPoints[0].Properties["ticket"].Should().Be("JIRA-1");
        step.PainPoints[0].Severity.Should().Be(PainSeverity.High);
        step.Opportunities[0].Properties["ticket"].Should().Be("JIRA-2");
        step.BackStage[0].Properties["service"].Should().Be("pos");
        step.BackStage[0].Description.Should().Be("Point of sale");
        map.Transitions[0].Properties["event"].Should().Be("skip");
        map.Transitions[0].Share.Should().Be(0.2m);
        map.Transitions[0].Label.Should().Be("Skips the queue");
    }

    [Fact]
    public void ToBuilder_ElementsWithProperties_BuildsAnEqualMap()
    {
        var map = Tagged();

        map.ToBuilder().Build().Should().Be(map);
    }

    [Fact]
    public void WithProperty_OnAnElement_SetsReplacesAndRemoves()
    {
        var painPoint = Tagged().Steps[0].PainPoints[0];

        var changed = painPoint.WithProperty("ticket", "JIRA-9").WithProperty("area", "canteen");

        changed.Properties.Keys.Should().Equal("area", "ticket");
        changed.Properties["ticket"].Should().Be("JIRA-9");
        changed.WithoutProperty("area").Should().Be(painPoint.WithProperty("ticket", "JIRA-9"));
        changed.Should().NotBe(painPoint, "properties take part in value equality");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void WithProperty_BlankKey_ThrowsNamingTheParameter(string key)
    {
        var step = Tagged().Steps[0];

        var set = () => step.WithProperty(key, "x");

        set.Should().Throw<ArgumentException>().WithParameterName(nameof(key));
    }

    [Fact]
    public void Serialize_ElementProperties_WritesThemAndReadsThemBack()
    {
        var map = Tagged();

        var json = JourneyMapJson.Default.Serialize(map);

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var step = document.RootElement.GetProperty("stages")[0].GetProperty("steps")[0];
        step.GetProperty("properties").GetProperty("tags").GetString().Should().Be("peak, queue");
        step.EnumerateObject().Last().Name.Should().Be("properties", "an element's properties come last, after its children");
        JourneyMapJson.Default.Deserialize(json).Should().Be(map);
    }

    [Fact]
    public void Deserialize_RepeatedKeyInAStepsProperties_ThrowsWithThePath()
    {
        const string json = """
            {"schemaVersion":1,"id":"m","title":"M","stages":[{"id":"s","name":"S","steps":[
              {"id":"a","name":"A","properties":{"crm":"1","crm":"2"}}]}]}
            """;

        var read = () => JourneyMapJson.Default.Deserialize(json);

        var error = read.Should().Throw<JourneyFormatException>().Which;
        error.Message.Should().Contain("'crm' appears twice");
        error.JsonPath.Should().Be("$.stages[0].steps[0].properties");
    }

    [Fact]
    public void Compare_ChangedPropertyOfAPainPoint_ReportsThatProperty()
    {
        var diff = JourneyDiff.Compare(Tagged(), Tagged(ticket: "JIRA-3"));

        var change = diff.Changes.Should().ContainSingle().Which;
        change.ElementKind.Should().Be(ElementKind.PainPoint);
        change.Property.Should().Be(ElementProperties.Name);
        change.Description.Should().Contain("JIRA-3");
    }

    [Fact]
    public void Merge_OneSideChangesProperties_TakesThatSide()
    {
        var @base = Tagged();
        var ours = Tagged(ticket: "JIRA-3");
        var theirs = @base.ToBuilder().EditStage("Choose", s => s.Goal("Choose quickly")).Build();

        var merged = JourneyDiff.Merge(@base, ours, theirs);

        merged.IsClean.Should().BeTrue();
        merged.Merged.Steps[0].PainPoints[0].Properties["ticket"].Should().Be("JIRA-3");
        merged.Merged.Stages[0].Goal.Should().Be("Choose quickly");
    }

    [Fact]
    public void DiffJson_AddedElementWithProperties_RoundTrips()
    {
        var before = JourneyMap.Create("Buy lunch").Stage("Choose", s => s.Step("Queues")).Build();
        var diff = JourneyDiff.Compare(before, Tagged());

        var read = JourneyDiffJson.Default.Deserialize(JourneyDiffJson.Default.Serialize(diff));

        read.Should().Be(diff);
        JourneyDiff.Apply(before, read).Should().Be(Tagged());
    }

    [Fact]
    public void DiffJson_ElementWithoutPropertiesMember_ReadsAsNoProperties()
    {
        const string json = """{"diffSchemaVersion":1,"changes":[{"change":"added","element":"owner","id":"kitchen","after":{"id":"kitchen","name":"Kitchen","contact":null},"to":{"kind":"map","id":"buy-lunch","index":2},"path":"/owners/kitchen","location":"owner 'Kitchen'"}]}""";

        var diff = JourneyDiffJson.Default.Deserialize(json);

        var owner = diff.Changes.Should().ContainSingle().Which.After.Should().BeOfType<Owner>().Which;
        owner.Properties.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void DiffJson_BlankPropertyKey_ThrowsWithThePlace()
    {
        const string json = """{"diffSchemaVersion":1,"changes":[{"change":"added","element":"owner","id":"kitchen","after":{"id":"kitchen","name":"Kitchen","contact":null,"properties":{" ":"x"}},"to":{"kind":"map","id":"buy-lunch","index":2},"path":"/owners/kitchen","location":"owner 'Kitchen'"}]}""";

        var read = () => JourneyDiffJson.Default.Deserialize(json);

        read.Should().Throw<JourneyFormatException>().Which.JsonPath.Should().Be("$.changes[0].after.properties");
    }

    [Fact]
    public void MermaidExport_ElementProperties_AreCountedAmongTheLosses()
    {
        var export = JourneyMapMermaid.Default.Export(Tagged());

        export.Losses.Should().Contain("11 elements' custom properties are not shown: a Mermaid journey has no place for them.");
    }
}
