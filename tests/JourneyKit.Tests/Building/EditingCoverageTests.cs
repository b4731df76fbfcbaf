using JourneyKit.Building;
using JourneyKit.Diffing;
using JourneyKit.Model.Shapes;

namespace JourneyKit.Tests.Building;

/// <summary>
/// The editing API against the model's description: every property and child collection of every element kind has an
/// edit, each edit changes what it names and nothing else, and revision N with every edit equals revision N+1 written
/// from scratch.
/// </summary>
public class EditingCoverageTests
{
    private static readonly DateOnly Reviewed = new(2026, 10, 1);

    /// <summary>
    /// One workshop's decisions, each one line, named after the shape's kind and property (<c>Step.duration</c>), or
    /// collection with <c>+</c> for an element added, <c>-</c> for one removed and <c>~</c> for one moved to another
    /// place (<c>Step.painPoints+</c>). Moves come first, so the ones later removed leave no trace in revision N+1.
    /// </summary>
    private static readonly Dictionary<string, Action<JourneyMapBuilder>> Edits = new()
    {
        ["Map.title"] = m => m.Title("Lunch on campus"),
        ["Map.description"] = m => m.ClearDescription(),
        ["Map.kind"] = m => m.Kind(JourneyKind.Retention),
        ["Map.audience"] = m => m.Audience(Audience.B2C),
        ["Map.language"] = m => m.ClearLanguage(),
        ["Map.emotionScale"] = m => m.EmotionScale(-3, 2),
        ["Map.revision"] = m => m.ClearRevision(),
        ["Map.reviewCadence"] = m => m.ReviewCadence(TimeSpan.FromDays(60)),
        ["Map.lastReviewedOn"] = m => m.LastReviewedOn(Reviewed.AddDays(7)),
        ["Map.properties"] = m => m.RemoveProperty("crm"),
        ["Map.personas~"] = m => m.MovePersona("staff", 0),
        ["Map.personas-"] = m => m.RemovePersona("Staff"),
        ["Map.personas+"] = m => m.Persona("Visitor"),
        ["Map.stages~"] = m => m.MoveStage("queue", 0),
        ["Map.stages-"] = m => m.RemoveStage("Queue"),
        ["Map.stages+"] = m => m.Stage("Leave"),
        ["Map.touchpoints~"] = m => m.MoveTouchpoint("flyer", 0),
        ["Map.touchpoints-"] = m => m.RemoveTouchpoint("Flyer"),
        ["Map.touchpoints+"] = m => m.Touchpoint("Queue app"),
        ["Map.channels~"] = m => m.MoveChannel("posters", 0),
        ["Map.channels-"] = m => m.RemoveChannel("Posters"),
        ["Map.channels+"] = m => m.Channel("App"),
        ["Map.owners~"] = m => m.MoveOwner("security", 0),
        ["Map.owners-"] = m => m.RemoveOwner("Security"),
        ["Map.owners+"] = m => m.Owner("Kitchen"),
        ["Map.transitions~"] = m => m.MoveTransition("undecided", 0),
        ["Map.transitions-"] = m => m.RemoveTransition("gives-up"),
        ["Map.transitions+"] = m => m.Loop("picks-a-dish", "reads-the-menu", id: "reconsiders"),

        ["Persona.name"] = m => m.EditPersona("student", p => p.Name("Undergraduate")),
        ["Persona.segment"] = m => m.EditPersona("student", p => p.ClearSegment()),
        ["Persona.demographics"] = m => m.EditPersona("student", p => p.RemoveDemographic("age")),
        ["Persona.behaviours~"] = m => m.EditPersona("student", p => p.MoveBehaviour("Eats late", 0)),
        ["Persona.behaviours"] = m => m.EditPersona("student", p => p.RemoveBehaviour("Eats late")),
        ["Persona.goals~"] = m => m.EditPersona("student", p => p.MoveGoal("Save money", 0)),
        ["Persona.goals"] = m => m.EditPersona("student", p => p.Goal("Eat well")),
        ["Persona.needs~"] = m => m.EditPersona("student", p => p.MoveNeed("Cheap food", 0)),
        ["Persona.needs"] = m => m.EditPersona("student", p => p.RemoveNeed("Cheap food")),
        ["Persona.frustrations~"] = m => m.EditPersona("student", p => p.MoveFrustration("Noise", 0)),
        ["Persona.frustrations"] = m => m.EditPersona("student", p => p.Frustration("Cold food")),
        ["Persona.properties"] = m => m.EditPersona("student", p => p.Property("crm", "P-2")),

        ["Stage.name"] = m => m.EditStage("order", s => s.Name("Choose")),
        ["Stage.goal"] = m => m.EditStage("order", s => s.ClearGoal()),
        ["Stage.questions~"] = m => m.EditStage("order", s => s.MoveQuestion("How long will it take?", 0)),
        ["Stage.questions"] = m => m.EditStage("order", s => s.RemoveQuestion("How long will it take?")),
        ["Stage.owner"] = m => m.EditStage("order", s => s.OwnedBy("cleaning")),
        ["Stage.icon"] = m => m.EditStage("order", s => s.ClearIcon()),
        ["Stage.properties"] = m => m.EditStage("order", s => s.RemoveProperty("crm")),
        ["Stage.metrics~"] = m => m.EditStage("order", s => s.MoveMetric("waste", 0)),
        ["Stage.metrics-"] = m => m.EditStage("order", s => s.RemoveMetric("Waste")),
        ["Stage.metrics+"] = m => m.EditStage("order", s => s.Metric("Returns")),
        ["Stage.steps~"] = m => m.EditStage("order", s => s.MoveStep("asks-staff", 0)),
        ["Stage.steps-"] = m => m.EditStage("order", s => s.RemoveStep("Asks staff")),
        ["Stage.steps+"] = m => m.EditStage("order", s => s.Step("Pays")),

        ["Step.name"] = m => Step(m, st => st.Name("Scans the menu")),
        ["Step.description"] = m => Step(m, st => st.ClearDescription()),
        ["Step.actions~"] = m => Step(m, st => st.MoveAction("Looks up", 0)),
        ["Step.actions"] = m => Step(m, st => st.RemoveAction("Looks up")),
        ["Step.thoughts~"] = m => Step(m, st => st.MoveThought("Hungry", 0)),
        ["Step.thoughts"] = m => Step(m, st => st.Thought("Is it vegan?")),
        ["Step.emotions"] = m => Step(m, st => st.Emotion(1, "calm")),
        ["Step.touchpoints"] = m => Step(m, st => st.RemoveVia("till")),
        ["Step.owner"] = m => Step(m, st => st.ClearOwner()),
        ["Step.duration"] = m => Step(m, st => st.Duration(TimeSpan.FromMinutes(2))),
        ["Step.milestone"] = m => Step(m, st => st.Milestone(false)),
        ["Step.properties"] = m => Step(m, st => st.Property("crm", "S-2")),
        ["Step.painPoints~"] = m => Step(m, st => st.MovePainPoint("noisy", 0)),
        ["Step.painPoints-"] = m => Step(m, st => st.RemovePainPoint("Noisy")),
        ["Step.painPoints+"] = m => Step(m, st => st.PainPoint("No prices")),
        ["Step.opportunities~"] = m => Step(m, st => st.MoveOpportunity("add-pictures", 0)),
        ["Step.opportunities-"] = m => Step(m, st => st.RemoveOpportunity("Add pictures")),
        ["Step.opportunities+"] = m => Step(m, st => st.Opportunity("Show prices")),
        ["Step.metrics~"] = m => Step(m, st => st.MoveMetric("glances", 0)),
        ["Step.metrics-"] = m => Step(m, st => st.RemoveMetric("Glances")),
        ["Step.metrics+"] = m => Step(m, st => st.Metric("Scrolls")),
        ["Step.backStage~"] = m => Step(m, st => st.MoveBackStage("printer", 0)),
        ["Step.backStage-"] = m => Step(m, st => st.RemoveBackStage("Printer")),
        ["Step.backStage+"] = m => Step(m, st => st.BackStage("Stock system")),
        ["Step.evidence~"] = m => Step(m, st => st.MoveEvidence("hearsay", 0)),
        ["Step.evidence-"] = m => Step(m, st => st.RemoveEvidence("hearsay")),
        ["Step.evidence+"] = m => Step(m, st => st.Evidence("Survey: 40% skip the menu")),

        ["PainPoint.description"] = m => Step(m, st => st.EditPainPoint("hard-to-read", p => p.Description("Small print"))),
        ["PainPoint.severity"] = m => Step(m, st => st.EditPainPoint("hard-to-read", p => p.Severity(PainSeverity.Critical))),
        ["PainPoint.evidence"] = m => Step(m, st => st.EditPainPoint("hard-to-read", p => p.RemoveCited("observed"))),
        ["PainPoint.properties"] = m => Step(m, st => st.EditPainPoint("hard-to-read", p => p.RemoveProperty("crm"))),

        ["Opportunity.title"] = m => Opportunity(m, o => o.Title("Bigger print")),
        ["Opportunity.description"] = m => Opportunity(m, o => o.ClearDescription()),
        ["Opportunity.impact"] = m => Opportunity(m, o => o.Impact(Level.High)),
        ["Opportunity.effort"] = m => Opportunity(m, o => o.Effort(Level.Low)),
        ["Opportunity.addresses"] = m => Opportunity(m, o => o.RemoveAddressed("too-much-text")),
        ["Opportunity.owner"] = m => Opportunity(m, o => o.ClearOwner()),
        ["Opportunity.status"] = m => Opportunity(m, o => o.Status(OpportunityStatus.Planned)),
        ["Opportunity.properties"] = m => Opportunity(m, o => o.Property("crm", "O-2")),

        ["Metric.name"] = m => Metric(m, x => x.Name("Reading time")),
        ["Metric.kind"] = m => Metric(m, x => x.Kind(MetricKind.Duration)),
        ["Metric.unit"] = m => Metric(m, x => x.ClearUnit()),
        ["Metric.target"] = m => Metric(m, x => x.ClearTarget()),
        ["Metric.actual"] = m => Metric(m, x => x.Actual(9)),
        ["Metric.direction"] = m => Metric(m, x => x.ClearDirection()),
        ["Metric.properties"] = m => Metric(m, x => x.Property("crm", "M-2")),

        ["BackStageItem.name"] = m => Step(m, st => st.EditBackStage("menu-database", b => b.Name("Menu service"))),
        ["BackStageItem.kind"] = m => Step(m, st => st.EditBackStage("menu-database", b => b.Kind(BackStageKind.Process))),
        ["BackStageItem.description"] = m => Step(m, st => st.EditBackStage("menu-database", b => b.ClearDescription())),
        ["BackStageItem.properties"] = m => Step(m, st => st.EditBackStage("menu-database", b => b.Property("crm", "B-2"))),

        ["Evidence.kind"] = m => Evidence(m, e => e.Kind(EvidenceKind.Data)),
        ["Evidence.text"] = m => Evidence(m, e => e.Text("Most read the menu twice")),
        ["Evidence.source"] = m => Evidence(m, e => e.ClearSource()),
        ["Evidence.collectedOn"] = m => Evidence(m, e => e.ClearCollectedOn()),
        ["Evidence.link"] = m => Evidence(m, e => e.ClearLink()),
        ["Evidence.properties"] = m => Evidence(m, e => e.Property("crm", "E-2")),

        ["Touchpoint.name"] = m => m.Touchpoint("menu-board", t => t.Name("Menu screen")),
        ["Touchpoint.channel"] = m => m.Touchpoint("menu-board", t => t.ClearChannel()),
        ["Touchpoint.description"] = m => m.Touchpoint("menu-board", t => t.ClearDescription()),
        ["Touchpoint.properties"] = m => m.Touchpoint("menu-board", t => t.Property("crm", "T-2")),

        ["Channel.name"] = m => m.Channel("web", c => c.Name("Website")),
        ["Channel.description"] = m => m.Channel("web", c => c.ClearDescription()),
        ["Channel.properties"] = m => m.Channel("web", c => c.Property("crm", "CH-2")),

        ["Owner.name"] = m => m.Owner("catering", o => o.Name("Catering team")),
        ["Owner.contact"] = m => m.Owner("catering", o => o.ClearContact()),
        ["Owner.properties"] = m => m.Owner("catering", o => o.Property("crm", "OW-2")),

        ["Transition.kind"] = m => m.EditTransition("undecided", t => t.Kind(TransitionKind.Loop)),
        ["Transition.from"] = m => m.EditTransition("undecided", t => t.From("asks-a-friend")),
        ["Transition.to"] = m => m.EditTransition("undecided", t => t.To("checks-the-price")),
        ["Transition.label"] = m => m.EditTransition("undecided", t => t.ClearLabel()),
        ["Transition.share"] = m => m.EditTransition("undecided", t => t.Share(0.4m)),
        ["Transition.properties"] = m => m.EditTransition("undecided", t => t.Property("crm", "TR-2")),
    };

    public static TheoryData<string> EditNames => [.. Edits.Keys];

    /// <summary>Revision N of a map that sets every property of every kind, or revision N+1 with the workshop's decisions, both from scratch.</summary>
    private static JourneyMap Lunch(bool next)
    {
        var map = JourneyMap.Create(next ? "Lunch on campus" : "Lunch").Id("lunch")
            .Kind(next ? JourneyKind.Retention : JourneyKind.Purchase)
            .Audience(next ? Audience.B2C : Audience.B2B)
            .EmotionScale(next ? -3 : -2, 2)
            .ReviewCadence(TimeSpan.FromDays(next ? 60 : 90))
            .LastReviewedOn(next ? Reviewed.AddDays(7) : Reviewed);
        if (!next)
        {
            map.Description("Buying lunch between lectures").Language("de").Revision(3, Reviewed, "Ana", "After the workshop").Property("crm", "C-1");
        }

        map.Persona(next ? "Undergraduate" : "Student", p =>
        {
            p.Id("student").Demographic("campus", "North").Behaviour("Skips breakfast").Need("Hot food").Property("crm", next ? "P-2" : "P-1");
            if (next)
            {
                p.Goal("Save money", "Eat quickly", "Eat well").Frustration("Noise", "Queues", "Cold food");
            }
            else
            {
                p.Goal("Eat quickly", "Save money").Frustration("Queues", "Noise").Segment("Full-time").Demographic("age", "19").Behaviour("Eats late").Need("Cheap food");
            }
        });
        if (!next)
        {
            map.Persona("Staff");
        }

        map.Channel(next ? "Website" : "Web", c =>
        {
            c.Id("web").Property("crm", next ? "CH-2" : "CH-1");
            if (!next)
            {
                c.Description("The campus site");
            }
        });
        if (!next)
        {
            map.Channel("Posters");
        }

        map.Owner(next ? "Catering team" : "Catering", o =>
        {
            o.Id("catering").Property("crm", next ? "OW-2" : "OW-1");
            if (!next)
            {
                o.Contact("catering@uni.example");
            }
        });
        map.Owner("Cleaning");
        if (!next)
        {
            map.Owner("Security");
        }

        map.Touchpoint(next ? "Menu screen" : "Menu board", t =>
        {
            t.Id("menu-board").Property("crm", next ? "T-2" : "T-1");
            if (!next)
            {
                t.OnChannel("web").Description("Above the counter");
            }
        });
        map.Touchpoint("Till", t => t.OnChannel("web"));
        if (!next)
        {
            map.Touchpoint("Flyer");
        }

        map.Stage(next ? "Choose" : "Order", s =>
        {
            s.Id("order").Question("What is good today?").OwnedBy(next ? "cleaning" : "catering").Metric("Orders", x => x.Kind(MetricKind.Conversion));
            if (!next)
            {
                s.Goal("Choose fast").Question("How long will it take?").Icon("🍽").Property("crm", "ST-1").Metric("Waste");
            }
            else
            {
                s.Metric("Returns");
            }

            s.Step(next ? "Scans the menu" : "Reads the menu", st => ReadsTheMenu(st, next));
            if (!next)
            {
                s.Step("Asks staff");
            }

            s.Step("Picks a dish").Step("Asks a friend").Step("Checks the price");
            if (next)
            {
                s.Step("Pays");
            }
        });
        if (!next)
        {
            map.Stage("Queue");
        }
        else
        {
            map.Persona("Visitor").Stage("Leave").Touchpoint("Queue app").Channel("App").Owner("Kitchen");
        }

        if (!next)
        {
            map.Exit("picks-a-dish", id: "gives-up");
        }

        map.Branch(next ? "asks-a-friend" : "reads-the-menu", "picks-a-dish", t =>
        {
            t.Id("undecided").Share(next ? 0.4m : 0.3m).Property("crm", next ? "TR-2" : "TR-1");
            if (next)
            {
                t.Kind(TransitionKind.Loop).To("checks-the-price");
            }
            else
            {
                t.Label("Cannot decide");
            }
        });
        if (next)
        {
            map.Loop("picks-a-dish", "reads-the-menu", id: "reconsiders");
        }

        return map.Build();
    }

    private static void ReadsTheMenu(StepBuilder st, bool next)
    {
        st.Id("reads-the-menu").Action("Queues").Emotion(next ? 1 : -1, next ? "calm" : "unsure").Via("menu-board")
            .Duration(TimeSpan.FromMinutes(next ? 2 : 5)).Property("crm", next ? "S-2" : "S-1");
        if (next)
        {
            st.Thought("Hungry", "So many options", "Is it vegan?");
        }
        else
        {
            st.Thought("So many options", "Hungry").Description("Stands at the board").Action("Looks up").Via("till").OwnedBy("catering").Milestone();
        }

        st.Evidence(next ? "Most read the menu twice" : "Read it twice, slowly", e =>
        {
            e.Id("twice").Kind(next ? EvidenceKind.Data : EvidenceKind.Observation).Property("crm", next ? "E-2" : "E-1");
            if (!next)
            {
                e.Source("Site visit").CollectedOn(Reviewed).Link("https://notes.example/visit");
            }
        });
        st.Evidence("Squints at the board", e => e.Id("observed"));
        if (!next)
        {
            st.Evidence("Heard it is slow", e => e.Id("hearsay"));
        }
        else
        {
            st.Evidence("Survey: 40% skip the menu");
        }

        st.PainPoint(next ? "Small print" : "Hard to read", p =>
        {
            p.Id("hard-to-read").Severity(next ? PainSeverity.Critical : PainSeverity.Medium).Cites("twice");
            if (!next)
            {
                p.Cites("observed").Property("crm", "PP-1");
            }
        });
        st.PainPoint("Too much text");
        if (!next)
        {
            st.PainPoint("Noisy");
        }
        else
        {
            st.PainPoint("No prices");
        }

        st.Opportunity(next ? "Bigger print" : "Larger font", o =>
        {
            o.Id("larger-font").Impact(next ? Level.High : Level.Medium).Effort(next ? Level.Low : Level.Medium).Addresses("hard-to-read")
                .Status(next ? OpportunityStatus.Planned : OpportunityStatus.Idea).Property("crm", next ? "O-2" : "O-1");
            if (!next)
            {
                o.Description("Reprint the board").Addresses("too-much-text").OwnedBy("catering");
            }
        });
        if (!next)
        {
            st.Opportunity("Add pictures");
        }
        else
        {
            st.Opportunity("Show prices");
        }

        st.Metric(next ? "Reading time" : "Time at the board", x =>
        {
            x.Id("time-at-the-board").Kind(next ? MetricKind.Duration : MetricKind.Custom).Actual(9).Property("crm", next ? "M-2" : "M-1");
            if (!next)
            {
                x.Unit("s").Target(30).Direction(MetricDirection.LowerIsBetter).Actual(12);
            }
        });
        if (!next)
        {
            st.Metric("Glances");
        }
        else
        {
            st.Metric("Scrolls");
        }

        st.BackStage(next ? "Menu service" : "Menu database", b =>
        {
            b.Id("menu-database").Kind(next ? BackStageKind.Process : BackStageKind.System).Property("crm", next ? "B-2" : "B-1");
            if (!next)
            {
                b.Description("Prices and dishes");
            }
        });
        if (!next)
        {
            st.BackStage("Printer");
        }
        else
        {
            st.BackStage("Stock system");
        }
    }

    private static JourneyMapBuilder Step(JourneyMapBuilder map, Action<StepBuilder> edit) => map.EditStage("order", s => s.EditStep("reads-the-menu", edit));

    private static JourneyMapBuilder Opportunity(JourneyMapBuilder map, Action<OpportunityBuilder> edit) => Step(map, st => st.EditOpportunity("larger-font", edit));

    private static JourneyMapBuilder Metric(JourneyMapBuilder map, Action<MetricBuilder> edit) => Step(map, st => st.EditMetric("time-at-the-board", edit));

    private static JourneyMapBuilder Evidence(JourneyMapBuilder map, Action<EvidenceBuilder> edit) => Step(map, st => st.EditEvidence("twice", edit));

    [Fact]
    public void Edits_CoverEveryPropertyAndCollectionOfEveryKind()
    {
        var expected = new List<string>();
        foreach (var kind in Enum.GetValues<ElementKind>())
        {
            var shape = Shapes.Of(kind);
            expected.AddRange(Enumerable.Range(0, shape.PropertyCount).Select(p => $"{kind}.{shape.PropertyName(p)}"));
            foreach (var child in shape.ChildKinds)
            {
                expected.Add($"{kind}.{Shapes.Of(child).Collection}+");
                expected.Add($"{kind}.{Shapes.Of(child).Collection}-");
                expected.Add($"{kind}.{Shapes.Of(child).Collection}~");
            }
        }

        foreach (var kind in Enum.GetValues<ElementKind>())
        {
            var shape = Shapes.Of(kind);
            expected.AddRange(Enumerable.Range(0, shape.PropertyCount)
                .Where(p => shape.Codec(p) is TextListCodec && shape.Target(p) is null)
                .Select(p => $"{kind}.{shape.PropertyName(p)}~"));
        }

        Edits.Keys.Should().BeEquivalentTo(expected, "every property and collection the model describes must have an edit, and every list a move; add one for a new property");
    }

    [Theory]
    [MemberData(nameof(EditNames))]
    public void Edit_OnRevisionN_ChangesWhatItNamesAndNothingElse(string name)
    {
        var before = Lunch(next: false);
        var builder = before.ToBuilder();
        Edits[name](builder);

        var changes = JourneyDiff.Compare(before, builder.Build()).Changes;

        changes.Should().NotBeEmpty();
        var (kind, property) = (Enum.Parse<ElementKind>(name[..name.IndexOf('.', StringComparison.Ordinal)]), name[(name.IndexOf('.', StringComparison.Ordinal) + 1)..]);
        if (property[^1] is '+' or '-' or '~' && Shapes.Of(kind).PropertyIndex(property[..^1]) < 0)
        {
            var child = Shapes.Of(kind).ChildKinds.Single(c => Shapes.Of(c).Collection == property[..^1]);
            var expected = property[^1] switch
            {
                '+' => ChangeKind.Added,
                '-' => ChangeKind.Removed,
                _ => ChangeKind.Reordered,
            };
            changes.Should().OnlyContain(c => c.ElementKind == child && c.Kind == expected);
        }
        else
        {
            property = property.TrimEnd('~');
            changes.Should().OnlyContain(c => c.ElementKind == kind && (c.Property == property || (c.Kind == ChangeKind.Renamed && Shapes.Of(kind).NameProperty == Shapes.Of(kind).PropertyIndex(property))));
        }
    }

    [Fact]
    public void EveryEdit_OnRevisionN_EqualsRevisionNPlusOneWrittenFromScratch()
    {
        var builder = Lunch(next: false).ToBuilder();
        foreach (var edit in Edits.Values)
        {
            edit(builder);
        }

        var edited = builder.Build();

        edited.Should().Be(Lunch(next: true), "an edited revision must equal the same revision written in code");
        JourneyDiff.Compare(edited, Lunch(next: true)).Changes.Should().BeEmpty();
    }
}
