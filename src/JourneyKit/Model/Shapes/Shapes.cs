using JourneyKit.Serialization.Json;
using static JourneyKit.Model.Shapes.Property;

namespace JourneyKit.Model.Shapes;

/// <summary>The shape of every element kind of the model.</summary>
internal static class Shapes
{
    private static readonly ValueCodec Text = TextCodec.Instance;

    public static readonly ElementShape<JourneyMap> Map = new(
        ElementKind.Map,
        "map",
        "map",
        "",
        m => m.Id,
        m => m.Title,
        [
            RequiredText<JourneyMap>("title", m => m.Title),
            Text<JourneyMap>("description", m => m.Description),
            Value<JourneyMap, JourneyKind>("kind", new EnumCodec<JourneyKind>(JsonVocabulary.JourneyKinds), m => m.Kind),
            Value<JourneyMap, Audience>("audience", new EnumCodec<Audience>(JsonVocabulary.Audiences), m => m.Audience),
            LanguageTag<JourneyMap>("language", m => m.Language),
            Value<JourneyMap, EmotionScale>("emotionScale", ScaleCodec.Instance, m => m.EmotionScale),
            Revision<JourneyMap>("revision", m => m.Revision),
            Value<JourneyMap, TimeSpan?>("reviewCadence", DurationCodec.Instance, m => m.ReviewCadence),
            Value<JourneyMap, DateOnly?>("lastReviewedOn", DateCodec.Instance, m => m.LastReviewedOn),
            Properties<JourneyMap>(m => m.Properties),
        ],
        "title",
        [ElementKind.Persona, ElementKind.Stage, ElementKind.Touchpoint, ElementKind.Channel, ElementKind.Owner, ElementKind.Transition],
        (m, slot) => slot switch
        {
            0 => Items(m.Personas),
            1 => Items(m.Stages),
            2 => Items(m.Touchpoints),
            3 => Items(m.Channels),
            4 => Items(m.Owners),
            _ => Items(m.Transitions),
        },
        (id, v, c) => new JourneyMap(
            id, (string)v[0]!, (string?)v[1], (JourneyKind)v[2]!, (Audience)v[3]!, (string?)v[4],
            List<Persona>(c[0]), List<Stage>(c[1]), List<Touchpoint>(c[2]), List<Channel>(c[3]), List<Owner>(c[4]), List<Transition>(c[5]),
            (EmotionScale)v[5]!, (Revision?)v[6], (TimeSpan?)v[7], (DateOnly?)v[8], (ValueMap)v[9]!),
        (a, b) => a.Title == b.Title && a.Description == b.Description && a.Kind == b.Kind && a.Audience == b.Audience && a.Language == b.Language && a.EmotionScale == b.EmotionScale
            && a.Revision == b.Revision && a.ReviewCadence == b.ReviewCadence && a.LastReviewedOn == b.LastReviewedOn && a.Properties == b.Properties,
        _ => true);

    public static readonly ElementShape<Persona> Persona = new(
        ElementKind.Persona,
        "persona",
        "persona",
        "personas",
        p => p.Id,
        p => p.Name,
        [
            RequiredText<Persona>("name", p => p.Name),
            Text<Persona>("segment", p => p.Segment, TextField.Name),
            TextMap<Persona>("demographics", p => p.Demographics),
            Texts<Persona>("behaviours", p => p.Behaviours),
            Texts<Persona>("goals", p => p.Goals),
            Texts<Persona>("needs", p => p.Needs),
            Texts<Persona>("frustrations", p => p.Frustrations),
            Properties<Persona>(p => p.Properties),
        ],
        "name",
        [],
        NoChildren,
        (id, v, _) => new Persona(id, (string)v[0]!, (string?)v[1], (ValueMap)v[2]!, (ValueList<string>)v[3]!, (ValueList<string>)v[4]!, (ValueList<string>)v[5]!, (ValueList<string>)v[6]!, (ValueMap)v[7]!),
        (a, b) => a.Name == b.Name && a.Segment == b.Segment && a.Demographics == b.Demographics && a.Behaviours == b.Behaviours && a.Goals == b.Goals
            && a.Needs == b.Needs && a.Frustrations == b.Frustrations && a.Properties == b.Properties);

    public static readonly ElementShape<Stage> Stage = new(
        ElementKind.Stage,
        "stage",
        "stage",
        "stages",
        s => s.Id,
        s => s.Name,
        [
            RequiredText<Stage>("name", s => s.Name),
            Text<Stage>("goal", s => s.Goal),
            Texts<Stage>("questions", s => s.Questions),
            Reference<Stage>("owner", ElementKind.Owner, s => s.OwnerId),
            Text<Stage>("icon", s => s.Icon, TextField.Name),
            Properties<Stage>(s => s.Properties),
        ],
        "name",
        [ElementKind.Metric, ElementKind.Step],
        (s, slot) => slot == 0 ? Items(s.Metrics) : Items(s.Steps),
        (id, v, c) => new Stage(id, (string)v[0]!, (string?)v[1], (ValueList<string>)v[2]!, (string?)v[3], List<Metric>(c[0]), (string?)v[4], List<Step>(c[1]), (ValueMap)v[5]!),
        (a, b) => a.Name == b.Name && a.Goal == b.Goal && a.Questions == b.Questions && a.OwnerId == b.OwnerId && a.Icon == b.Icon && a.Properties == b.Properties,
        s => s.Metrics.Count + s.Steps.Count > 0);

    public static readonly ElementShape<Step> Step = new(
        ElementKind.Step,
        "step",
        "step",
        "steps",
        s => s.Id,
        s => s.Name,
        [
            RequiredText<Step>("name", s => s.Name),
            Text<Step>("description", s => s.Description),
            Texts<Step>("actions", s => s.Actions),
            Texts<Step>("thoughts", s => s.Thoughts),
            Emotions<Step>("emotions", s => s.Emotions),
            ReferenceSet<Step>("touchpoints", ElementKind.Touchpoint, s => s.TouchpointIds),
            Reference<Step>("owner", ElementKind.Owner, s => s.OwnerId),
            Value<Step, TimeSpan?>("duration", DurationCodec.Instance, s => s.Duration),
            Value<Step, bool>("milestone", BoolCodec.Instance, s => s.IsMilestone),
            Properties<Step>(s => s.Properties),
        ],
        "name",
        [ElementKind.PainPoint, ElementKind.Opportunity, ElementKind.Metric, ElementKind.BackStageItem, ElementKind.Evidence],
        (s, slot) => slot switch
        {
            0 => Items(s.PainPoints),
            1 => Items(s.Opportunities),
            2 => Items(s.Metrics),
            3 => Items(s.BackStage),
            _ => Items(s.Evidence),
        },
        (id, v, c) => new Step(
            id, (string)v[0]!, (string?)v[1], (ValueList<string>)v[2]!, (ValueList<string>)v[3]!, (ValueList<Emotion>)v[4]!, (ValueList<string>)v[5]!,
            List<PainPoint>(c[0]), List<Opportunity>(c[1]), List<Metric>(c[2]), (string?)v[6], (TimeSpan?)v[7], (bool)v[8]!, List<BackStageItem>(c[3]), List<Evidence>(c[4]), (ValueMap)v[9]!),
        SameStep,
        HoldsAnything);

    public static readonly ElementShape<PainPoint> PainPoint = new(
        ElementKind.PainPoint,
        "painPoint",
        "pain point",
        "painPoints",
        p => p.Id,
        p => p.Description,
        [
            RequiredText<PainPoint>("description", p => p.Description, TextField.Text),
            Value<PainPoint, PainSeverity>("severity", new EnumCodec<PainSeverity>(JsonVocabulary.Severities), p => p.Severity),
            ReferenceSet<PainPoint>("evidence", ElementKind.Evidence, p => p.EvidenceIds, laterAddition: true),
            Properties<PainPoint>(p => p.Properties),
        ],
        null,
        [],
        NoChildren,
        (id, v, _) => new PainPoint(id, (string)v[0]!, (PainSeverity)v[1]!, (ValueList<string>)v[2]!, (ValueMap)v[3]!),
        SamePainPoint);

    public static readonly ElementShape<Opportunity> Opportunity = new(
        ElementKind.Opportunity,
        "opportunity",
        "opportunity",
        "opportunities",
        o => o.Id,
        o => o.Title,
        [
            RequiredText<Opportunity>("title", o => o.Title),
            Text<Opportunity>("description", o => o.Description),
            Value<Opportunity, Level>("impact", new EnumCodec<Level>(JsonVocabulary.Levels), o => o.Impact),
            Value<Opportunity, Level>("effort", new EnumCodec<Level>(JsonVocabulary.Levels), o => o.Effort),
            ReferenceSet<Opportunity>("addresses", ElementKind.PainPoint, o => o.AddressedPainPointIds),
            Reference<Opportunity>("owner", ElementKind.Owner, o => o.OwnerId),
            Value<Opportunity, OpportunityStatus>("status", new EnumCodec<OpportunityStatus>(JsonVocabulary.Statuses), o => o.Status),
            Properties<Opportunity>(o => o.Properties),
        ],
        "title",
        [],
        NoChildren,
        (id, v, _) => new Opportunity(id, (string)v[0]!, (string?)v[1], (Level)v[2]!, (Level)v[3]!, (ValueList<string>)v[4]!, (string?)v[5], (OpportunityStatus)v[6]!, (ValueMap)v[7]!),
        SameOpportunity);

    public static readonly ElementShape<Metric> Metric = new(
        ElementKind.Metric,
        "metric",
        "metric",
        "metrics",
        m => m.Id,
        m => m.Name,
        [
            RequiredText<Metric>("name", m => m.Name),
            Value<Metric, MetricKind>("kind", new EnumCodec<MetricKind>(JsonVocabulary.MetricKinds), m => m.Kind),
            Text<Metric>("unit", m => m.Unit, TextField.Name),
            Value<Metric, decimal?>("target", DecimalCodec.Instance, m => m.Target),
            Value<Metric, decimal?>("actual", DecimalCodec.Instance, m => m.Actual),
            Value<Metric, MetricDirection>("direction", new EnumCodec<MetricDirection>(JsonVocabulary.Directions), m => m.Direction),
            Properties<Metric>(m => m.Properties),
        ],
        "name",
        [],
        NoChildren,
        (id, v, _) => new Metric(id, (string)v[0]!, (MetricKind)v[1]!, (string?)v[2], (decimal?)v[3], (decimal?)v[4], (MetricDirection)v[5]!, (ValueMap)v[6]!),
        SameMetric);

    public static readonly ElementShape<BackStageItem> BackStageItem = new(
        ElementKind.BackStageItem,
        "backStageItem",
        "back-stage item",
        "backStage",
        b => b.Id,
        b => b.Name,
        [
            RequiredText<BackStageItem>("name", b => b.Name),
            Value<BackStageItem, BackStageKind>("kind", new EnumCodec<BackStageKind>(JsonVocabulary.BackStageKinds), b => b.Kind),
            Text<BackStageItem>("description", b => b.Description),
            Properties<BackStageItem>(b => b.Properties),
        ],
        "name",
        [],
        NoChildren,
        (id, v, _) => new BackStageItem(id, (string)v[0]!, (BackStageKind)v[1]!, (string?)v[2], (ValueMap)v[3]!),
        SameBackStageItem);

    public static readonly ElementShape<Evidence> Evidence = new(
        ElementKind.Evidence,
        "evidence",
        "evidence",
        "evidence",
        e => e.Id,
        e => e.Text,
        [
            Value<Evidence, EvidenceKind>("kind", new EnumCodec<EvidenceKind>(JsonVocabulary.EvidenceKinds), e => e.Kind),
            RequiredText<Evidence>("text", e => e.Text, TextField.Text),
            Text<Evidence>("source", e => e.Source, TextField.Name),
            Value<Evidence, DateOnly?>("collectedOn", DateCodec.Instance, e => e.CollectedOn),
            Link<Evidence>("link", e => e.Link),
            Properties<Evidence>(e => e.Properties),
        ],
        null,
        [],
        NoChildren,
        (id, v, _) => new Evidence(id, (EvidenceKind)v[0]!, (string)v[1]!, (string?)v[2], (DateOnly?)v[3], (string?)v[4], (ValueMap)v[5]!),
        SameEvidence,
        collectionIsLaterAddition: true);

    public static readonly ElementShape<Touchpoint> Touchpoint = new(
        ElementKind.Touchpoint,
        "touchpoint",
        "touchpoint",
        "touchpoints",
        t => t.Id,
        t => t.Name,
        [
            RequiredText<Touchpoint>("name", t => t.Name),
            Reference<Touchpoint>("channel", ElementKind.Channel, t => t.ChannelId),
            Text<Touchpoint>("description", t => t.Description),
            Properties<Touchpoint>(t => t.Properties),
        ],
        "name",
        [],
        NoChildren,
        (id, v, _) => new Touchpoint(id, (string)v[0]!, (string?)v[1], (string?)v[2], (ValueMap)v[3]!),
        (a, b) => a.Name == b.Name && a.ChannelId == b.ChannelId && a.Description == b.Description && a.Properties == b.Properties);

    public static readonly ElementShape<Channel> Channel = new(
        ElementKind.Channel,
        "channel",
        "channel",
        "channels",
        c => c.Id,
        c => c.Name,
        [
            RequiredText<Channel>("name", c => c.Name),
            Text<Channel>("description", c => c.Description),
            Properties<Channel>(c => c.Properties),
        ],
        "name",
        [],
        NoChildren,
        (id, v, _) => new Channel(id, (string)v[0]!, (string?)v[1], (ValueMap)v[2]!),
        (a, b) => a.Name == b.Name && a.Description == b.Description && a.Properties == b.Properties);

    public static readonly ElementShape<Owner> Owner = new(
        ElementKind.Owner,
        "owner",
        "owner",
        "owners",
        o => o.Id,
        o => o.Name,
        [
            RequiredText<Owner>("name", o => o.Name),
            Text<Owner>("contact", o => o.Contact, TextField.Name),
            Properties<Owner>(o => o.Properties),
        ],
        "name",
        [],
        NoChildren,
        (id, v, _) => new Owner(id, (string)v[0]!, (string?)v[1], (ValueMap)v[2]!),
        (a, b) => a.Name == b.Name && a.Contact == b.Contact && a.Properties == b.Properties);

    public static readonly ElementShape<Transition> Transition = new(
        ElementKind.Transition,
        "transition",
        "transition",
        "transitions",
        t => t.Id,
        t => t.ToString(),
        [
            Value<Transition, TransitionKind>("kind", new EnumCodec<TransitionKind>(JsonVocabulary.TransitionKinds), t => t.Kind, required: true),
            Reference<Transition>("from", ElementKind.Step, t => t.FromStepId, required: true),
            Reference<Transition>("to", ElementKind.Step, t => t.ToStepId),
            Text<Transition>("label", t => t.Label),
            Value<Transition, decimal?>("share", DecimalCodec.Instance, t => t.Share),
            Properties<Transition>(t => t.Properties),
        ],
        null,
        [],
        NoChildren,
        (id, v, _) => new Transition(id, (TransitionKind)v[0]!, (string)v[1]!, (string?)v[2], (string?)v[3], (decimal?)v[4], (ValueMap)v[5]!),
        (a, b) => a.Kind == b.Kind && a.FromStepId == b.FromStepId && a.ToStepId == b.ToStepId && a.Label == b.Label && a.Share == b.Share && a.Properties == b.Properties);

    /// <summary>Returns whether two steps' own properties are exactly equal; steps are most of a map, so this is called directly.</summary>
    public static bool SameStep(Step a, Step b) =>
        a.Name == b.Name && a.Description == b.Description && SameTexts(a.Actions, b.Actions) && SameTexts(a.Thoughts, b.Thoughts)
        && SameEmotions(a.Emotions, b.Emotions) && SameTexts(a.TouchpointIds, b.TouchpointIds) && a.OwnerId == b.OwnerId
        && a.Duration == b.Duration && a.IsMilestone == b.IsMilestone && a.Properties == b.Properties;

    /// <summary>Returns whether two steps hold the same pain points, opportunities, metrics, back-stage items and evidence, in the same order.</summary>
    public static bool SameChildren(Step a, Step b) =>
        SameLeaves(a.PainPoints, b.PainPoints, p => p.Id, SamePainPoint)
        && SameLeaves(a.Opportunities, b.Opportunities, o => o.Id, SameOpportunity)
        && SameLeaves(a.Metrics, b.Metrics, m => m.Id, SameMetric)
        && SameLeaves(a.BackStage, b.BackStage, i => i.Id, SameBackStageItem)
        && SameLeaves(a.Evidence, b.Evidence, e => e.Id, SameEvidence);

    private static bool SamePainPoint(PainPoint a, PainPoint b) =>
        a.Description == b.Description && a.Severity == b.Severity && SameTexts(a.EvidenceIds, b.EvidenceIds) && a.Properties == b.Properties;

    private static bool SameEvidence(Evidence a, Evidence b) =>
        a.Kind == b.Kind && a.Text == b.Text && a.Source == b.Source && a.CollectedOn == b.CollectedOn && a.Link == b.Link && a.Properties == b.Properties;

    private static bool SameOpportunity(Opportunity a, Opportunity b) =>
        a.Title == b.Title && a.Description == b.Description && a.Impact == b.Impact && a.Effort == b.Effort
        && SameTexts(a.AddressedPainPointIds, b.AddressedPainPointIds) && a.OwnerId == b.OwnerId && a.Status == b.Status && a.Properties == b.Properties;

    private static bool SameMetric(Metric a, Metric b) =>
        a.Name == b.Name && a.Kind == b.Kind && a.Unit == b.Unit && a.Target == b.Target && a.Actual == b.Actual && a.Direction == b.Direction && a.Properties == b.Properties;

    private static bool SameBackStageItem(BackStageItem a, BackStageItem b) => a.Name == b.Name && a.Kind == b.Kind && a.Description == b.Description && a.Properties == b.Properties;

    private static bool SameLeaves<T>(ValueList<T> a, ValueList<T> b, Func<T, string> id, Func<T, T, bool> same)
    {
        var x = a.AsSpan();
        var y = b.AsSpan();
        if (x.Length != y.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (!string.Equals(id(x[i]), id(y[i]), StringComparison.Ordinal) || !same(x[i], y[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Compares two lists of texts in order, without the generic equality's lookups.</summary>
    private static bool SameTexts(ValueList<string> a, ValueList<string> b)
    {
        var x = a.AsSpan();
        var y = b.AsSpan();
        if (x.Length != y.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (!string.Equals(x[i], y[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameEmotions(ValueList<Emotion> a, ValueList<Emotion> b)
    {
        var x = a.AsSpan();
        var y = b.AsSpan();
        if (x.Length != y.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (!x[i].Equals(y[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool HoldsAnything(Step step) => step.PainPoints.Count + step.Opportunities.Count + step.Metrics.Count + step.BackStage.Count + step.Evidence.Count > 0;

    private static readonly ElementShape[] ByKind =
        [Map, Persona, Stage, Step, PainPoint, Opportunity, Metric, BackStageItem, Touchpoint, Channel, Owner, Transition, Evidence];

    public static ElementShape Of(ElementKind kind) => ByKind[(int)kind];

    private static object[] NoChildren<T>(T element, int slot) => [];

    /// <summary>Returns the list's own array, seen as objects without copying; it must never be written to.</summary>
    private static object[] Items<T>(ValueList<T> list)
        where T : class => list.Items ?? [];

    private static ValueList<T> List<T>(object[] items) => new(Array.ConvertAll(items, item => (T)item));
}
