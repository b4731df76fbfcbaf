using JourneyKit.Building;
using JourneyKit.Diffing;
using JourneyKit.Rendering;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Json;
using JourneyKit.Serialization.Mermaid;
using JourneyKit.Validation;
using JourneyKit.Walking;

namespace JourneyKit.Tests.Model;

/// <summary>Evidence end to end: built, cited by pain points, written and read, compared, walked, validated and shown.</summary>
public class EvidenceTests
{
    private static JourneyMapBuilder Lunch(Action<StepBuilder>? queues = null) => JourneyMap.Create("Buy lunch")
        .Stage("Choose", s => s
            .Step("Reads the menu", st => st
                .Evidence("I can't read the board from the back of the queue", e => e
                    .Id("board-quote")
                    .Source("Interview 2")
                    .CollectedOn(new DateOnly(2026, 10, 3))
                    .Link("https://research.example.com/interviews/2")
                    .Property("repository", "R-17"))
                .Evidence("Most students queue for 8 minutes at noon", e => e.Kind(EvidenceKind.Data).Source("Till logs")))
            .Step("Queues", st =>
            {
                st.PainPoint("The queue is long", p => p.Severity(PainSeverity.High).Cites("Most students queue for 8 minutes at noon"));
                queues?.Invoke(st);
            }));

    [Fact]
    public void Build_EvidenceAndCitations_AreResolvedByIdOrText()
    {
        var map = Lunch(st => st.PainPoint("The board is hard to read", p => p.Cites("board-quote"))).Build();
        var evidence = map.Steps[0].Evidence;

        evidence.Select(e => e.Id).Should().Equal("board-quote", "most-students-queue-for-8-minutes-at-noon");
        evidence[0].Should().BeEquivalentTo(new { Kind = EvidenceKind.Quote, Source = "Interview 2", CollectedOn = new DateOnly(2026, 10, 3), Link = "https://research.example.com/interviews/2" });
        evidence[0].Properties["repository"].Should().Be("R-17");
        evidence[1].Kind.Should().Be(EvidenceKind.Data);
        map.FindStep("queues")!.PainPoints.Select(p => p.EvidenceIds.Single()).Should().Equal("most-students-queue-for-8-minutes-at-noon", "board-quote");
    }

    [Fact]
    public void Build_CitationOfUnknownEvidence_FailsAtThePainPoint()
    {
        var build = () => Lunch(st => st.PainPoint("Cold food", p => p.Cites("no-such-finding"))).Build();

        var problem = build.Should().Throw<JourneyMapBuildException>().Which.Problems.Should().ContainSingle().Which;
        problem.Path.Value.Should().Be("/stages/choose/steps/queues/painPoints/cold-food/evidence");
        problem.Message.Should().Contain("no-such-finding").And.Contain("no evidence has that id or name");
    }

    [Fact]
    public void Build_SameEvidenceCitedTwice_FailsAtThePainPoint()
    {
        var build = () => Lunch(st => st.PainPoint("Cold food", p => p.Cites("board-quote", "I can't read the board from the back of the queue"))).Build();

        var problem = build.Should().Throw<JourneyMapBuildException>().Which.Problems.Should().ContainSingle().Which;
        problem.Path.Value.Should().Be("/stages/choose/steps/queues/painPoints/cold-food/evidence");
        problem.Message.Should().Contain("cites the evidence 'board-quote' twice");
    }

    [Fact]
    public void FindEvidence_IdOfAnyStep_FindsIt()
    {
        var map = Lunch().Build();

        map.FindEvidence("board-quote")!.Source.Should().Be("Interview 2");
        map.FindEvidence("no-such-finding").Should().BeNull();
        map.FindStep("queues")!.PainPoints[0].EvidenceIds.Select(map.FindEvidence).Should().OnlyContain(e => e != null && e.Kind == EvidenceKind.Data);
    }

    [Theory]
    [InlineData("ftp://research.example.com/2")]
    [InlineData("javascript:alert(1)")]
    [InlineData("research.example.com/2")]
    [InlineData("https://research.example.com/a b")]
    public void Link_NotAnAbsoluteWebLink_IsRefused(string link)
    {
        var set = () => new JourneyMapBuilder("m").Stage("s", s => s.Step("a", st => st.Evidence("x", e => e.Link(link))));

        set.Should().Throw<ArgumentException>().WithParameterName(nameof(link));
    }

    [Fact]
    public void With_EveryProperty_ChangesOnlyThatProperty()
    {
        var evidence = Lunch().Build().Steps[0].Evidence[0];

        var changed = evidence.WithText("The board is too small").WithKind(EvidenceKind.Observation).WithSource("Field visit")
            .WithCollectedOn(new DateOnly(2026, 11, 1)).WithLink("http://intranet.example/visit").WithoutProperty("repository");

        changed.Should().BeEquivalentTo(new
        {
            evidence.Id, Text = "The board is too small", Kind = EvidenceKind.Observation, Source = "Field visit",
            CollectedOn = new DateOnly(2026, 11, 1), Link = "http://intranet.example/visit",
        });
        changed.Properties.IsEmpty.Should().BeTrue();
        changed.WithSource(null).WithCollectedOn(null).WithLink(null).Should().Match<Evidence>(e => e.Source == null && e.CollectedOn == null && e.Link == null);
        FluentActions.Invoking(() => evidence.WithLink("mailto:team@example.com")).Should().Throw<ArgumentException>().WithParameterName("link");
        FluentActions.Invoking(() => evidence.WithKind((EvidenceKind)9)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Json_EvidenceAndCitations_RoundTrip()
    {
        var map = Lunch().Build();

        var json = JourneyMapJson.Default.Serialize(map);

        json.Should().Contain("\"evidence\": [\n                \"most-students-queue-for-8-minutes-at-noon\"\n              ]");
        JourneyMapJson.Default.Deserialize(json).Should().Be(map);
    }

    [Theory]
    [InlineData("""{"id":"e","text":"x","link":"file:///etc/passwd"}""", "$.stages[0].steps[0].evidence[0].link", "not an absolute http or https link")]
    [InlineData("""{"id":"e","source":"Interview"}""", "$.stages[0].steps[0].evidence[0]", "lacks 'text'")]
    [InlineData("""{"id":"e","text":"x","kind":"rumour"}""", "$.stages[0].steps[0].evidence[0].kind", "rumour")]
    public void Json_BadEvidence_FailsWithThePlace(string evidence, string jsonPath, string reason)
    {
        var json = $$"""{"schemaVersion":1,"id":"m","title":"M","stages":[{"id":"s","name":"S","steps":[{"id":"a","name":"A","evidence":[{{evidence}}]}]}]}""";

        var error = FluentActions.Invoking(() => JourneyMapJson.Default.Deserialize(json)).Should().Throw<JourneyFormatException>().Which;

        error.JsonPath.Should().Be(jsonPath);
        error.Reason.Should().Contain(reason);
    }

    [Fact]
    public void Json_CitationOfUnknownEvidence_FailsNamingWhereEvidenceLives()
    {
        const string json = """{"schemaVersion":1,"id":"m","title":"M","stages":[{"id":"s","name":"S","steps":[{"id":"a","name":"A","painPoints":[{"id":"p","description":"P","evidence":["ghost"]}]}]}]}""";

        var error = FluentActions.Invoking(() => JourneyMapJson.Default.Deserialize(json)).Should().Throw<JourneyFormatException>().Which;

        error.Reason.Should().Contain("'ghost'").And.Contain("the steps' 'evidence'");
        error.Path.Should().Be(JourneyPath.FromText("/stages/s/steps/a/painPoints/p/evidence"));
    }

    [Fact]
    public void Compare_EvidenceAddedAndCited_ReportsBoth()
    {
        var before = Lunch().Build();
        var after = Lunch(st => st.Evidence("I gave up and left", e => e.Id("gave-up")).PainPoint("Leaves hungry", p => p.Cites("gave-up"))).Build();

        var changes = JourneyDiff.Compare(before, after).Changes;

        changes.Should().Contain(c => c.Kind == ChangeKind.Added && c.ElementKind == ElementKind.Evidence && c.ElementId == "gave-up"
            && c.Path.Value == "/stages/choose/steps/queues/evidence/gave-up");
        changes.Should().Contain(c => c.Kind == ChangeKind.Added && c.ElementKind == ElementKind.PainPoint && c.ElementId == "leaves-hungry");
        JourneyDiff.Apply(before, JourneyDiff.Compare(before, after)).Should().Be(after);
    }

    [Fact]
    public void Merge_EvidenceAddedOnOneSideCitedOnTheOther_KeepsBoth()
    {
        var @base = Lunch().Build();
        var ours = @base.ToBuilder().EditStage("Choose", s => s.EditStep("Queues", st => st.Evidence("Lunch rush lasts an hour", e => e.Id("rush")))).Build();
        var theirs = @base.ToBuilder().EditStage("Choose", s => s.EditStep("Reads the menu", st => st.Description("Looks up at the board"))).Build();

        var merged = JourneyDiff.Merge(@base, ours, theirs);

        merged.IsClean.Should().BeTrue();
        merged.Merged.FindStep("queues")!.Evidence.Select(e => e.Id).Should().Equal("rush");
        merged.Merged.FindStep("reads-the-menu")!.Description.Should().Be("Looks up at the board");
    }

    [Fact]
    public void Walk_Evidence_IsVisitedWithItsStepAndPath()
    {
        var visitor = new EvidenceCollector();

        MapWalker.Walk(Lunch().Build(), visitor);

        visitor.Seen.Should().Equal(
            "Reads the menu /stages/choose/steps/reads-the-menu/evidence/board-quote",
            "Reads the menu /stages/choose/steps/reads-the-menu/evidence/most-students-queue-for-8-minutes-at-noon");
    }

    [Fact]
    public void Validate_PainPointWithoutEvidence_IsAnInfoFindingOnlyForIt()
    {
        var report = Lunch(st => st.PainPoint("Cold food")).Build().Validate();

        report.IssuesOf("JK1028").Should().ContainSingle().Which.Should().Match<ValidationIssue>(
            i => i.Severity == IssueSeverity.Info && i.Path.Value == "/stages/choose/steps/queues/painPoints/cold-food");
    }

    [Fact]
    public void Svg_PainPointCitingEvidence_CarriesAMarker()
    {
        var svg = System.Xml.Linq.XDocument.Parse(JourneyMapSvg.Default.Serialize(Lunch(st => st.PainPoint("Cold food")).Build()));

        var badges = svg.Descendants().Where(e => (string?)e.Attribute("class") == "badge")
            .Select(b => b.HasElements ? string.Join(" ", b.Elements().Select(t => t.Value)) : b.Value);
        badges.Should().Contain(["!!! HIGH · 1 EVIDENCE", "!! MEDIUM"]);
    }

    [Fact]
    public void Html_Evidence_IsListedWithThePainPointsItShows()
    {
        var html = JourneyMapHtml.Default.Serialize(Lunch().Build());

        html.Should().Contain("<h2>Evidence</h2>").And.Contain("Most students queue for 8 minutes at noon").And.Contain("The queue is long");
    }

    [Fact]
    public void MermaidExport_Evidence_IsCountedAmongTheLosses()
    {
        var export = JourneyMapMermaid.Default.Export(Lunch().Build());

        export.Losses.Should().Contain("2 pieces of evidence are not shown: a Mermaid journey has no place for them.");
    }

    private sealed class EvidenceCollector : MapVisitor
    {
        public List<string> Seen { get; } = [];

        public override bool Visits(ElementKind kind) => kind == ElementKind.Evidence;

        public override void VisitEvidence(Evidence evidence, in MapPlace place) => Seen.Add($"{place.Step!.Name} {place.Path}");
    }
}
