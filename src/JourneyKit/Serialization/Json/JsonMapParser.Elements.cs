using System.Globalization;
using System.Numerics;
using System.Text.Json;
using V = JourneyKit.Serialization.Json.JsonVocabulary;

namespace JourneyKit.Serialization.Json;

/// <summary>Reading each kind of element whole, with its required properties and its references.</summary>
internal sealed partial class JsonMapParser
{
    private static readonly string[] PersonaNames = FieldNames<PersonaField>();
    private static readonly string[] ChannelNames = FieldNames<ChannelField>();
    private static readonly string[] OwnerNames = FieldNames<OwnerField>();
    private static readonly string[] TouchpointNames = FieldNames<TouchpointField>();
    private static readonly string[] StepNames = FieldNames<StepField>();
    private static readonly string[] EmotionNames = FieldNames<EmotionField>();
    private static readonly string[] PainPointNames = FieldNames<PainPointField>();
    private static readonly string[] OpportunityNames = FieldNames<OpportunityField>();
    private static readonly string[] MetricNames = FieldNames<MetricField>();
    private static readonly string[] BackStageNames = FieldNames<BackStageField>();
    private static readonly string[] TransitionNames = FieldNames<TransitionField>();
    private static readonly string[] ScaleNames = FieldNames<ScaleField>();
    private static readonly string[] RevisionNames = FieldNames<RevisionField>();
    private static readonly string[] EvidenceNames = FieldNames<EvidenceField>();

    private enum PersonaField { Id, Name, Segment, Demographics, Behaviours, Goals, Needs, Frustrations, Properties }

    private enum ChannelField { Id, Name, Description, Properties }

    private enum OwnerField { Id, Name, Contact, Properties }

    private enum TouchpointField { Id, Name, Channel, Description, Properties }

    private enum StepField { Id, Name, Description, Actions, Thoughts, Emotions, Touchpoints, PainPoints, Opportunities, Metrics, Owner, Duration, Milestone, BackStage, Evidence, Properties }

    private enum EmotionField { Score, Label, Persona }

    private enum PainPointField { Id, Description, Severity, Evidence, Properties }

    private enum OpportunityField { Id, Title, Description, Impact, Effort, Addresses, Owner, Status, Properties }

    private enum MetricField { Id, Name, Kind, Unit, Target, Actual, Direction, Properties }

    private enum BackStageField { Id, Name, Kind, Description, Properties }

    private enum TransitionField { Id, Kind, From, To, Label, Share, Properties }

    private enum ScaleField { Min, Max }

    private enum RevisionField { Number, Date, Author, Note }

    private enum EvidenceField { Id, Kind, Text, Source, CollectedOn, Link, Properties }

    private readonly List<Emotion> _emotions = [];
    private readonly List<PainPoint> _painPoints = [];
    private readonly List<Opportunity> _opportunities = [];
    private readonly List<Metric> _metrics = [];
    private readonly List<BackStageItem> _backStage = [];
    private readonly List<Evidence> _evidence = [];

    private delegate T ElementReader<T>(ref Utf8JsonReader reader);

    private ValueList<T> Elements<T>(ref Utf8JsonReader reader, string what, ElementReader<T> read, List<T> items)
    {
        StartArray(ref reader, what);
        items.Clear();
        while (NextItem(ref reader))
        {
            Item(ref reader, items, read);
        }

        return new ValueList<T>([.. items]);
    }

    /// <summary>The JSON names of an element's fields, the camelCase names of its field enum, in the enum's order.</summary>
    private static string[] FieldNames<TField>()
        where TField : struct, Enum => [.. Enum.GetNames<TField>().Select(n => char.ToLowerInvariant(n[0]) + n[1..])];

    /// <summary>Finds which known property a name is, and checks it was not given before.</summary>
    private int Known(ref Utf8JsonReader reader, scoped ReadOnlySpan<byte> name, string[] names, ref ulong seen, string where)
    {
        // Documents usually follow the canonical order, so the search starts after the last property seen.
        var start = seen == 0 ? 0 : 64 - BitOperations.LeadingZeroCount(seen);
        for (var n = 0; n < names.Length; n++)
        {
            var i = (start + n) % names.Length;
            if (name.Length == names[i].Length && System.Text.Ascii.Equals(name, names[i]))
            {
                Once(ref reader, ref seen, i, name);
                seen |= 1UL << i;
                _path.Property(names[i]);
                return i;
            }
        }

        throw Unknown(ref reader, name, where, names);
    }

    private void Require(ref Utf8JsonReader reader, ulong seen, string[] names, string what, params ReadOnlySpan<int> required)
    {
        foreach (var bit in required)
        {
            if ((seen & (1UL << bit)) == 0)
            {
                throw Fail(ref reader, $"The {what} lacks '{names[bit]}', which every {what} needs.");
            }
        }
    }

    /// <summary>Reads an element's free-form properties.</summary>
    private ValueMap Properties(ref Utf8JsonReader reader) => StringMap(ref reader, "of string properties");

    private string ElementId(ref Utf8JsonReader reader, ElementKind kind)
    {
        var offset = _input.WindowOffset + reader.TokenStartIndex;
        var id = Id(ref reader);
        _path.Pop();
        _path.Id(id);
        _path.Property("id");
        NewId(ref reader, kind, id, offset);
        return id;
    }

    private Persona Persona(ref Utf8JsonReader reader)
    {
        ExpectObject(ref reader, "a persona");
        ulong seen = 0;
        ValueMap properties = default;
        string? id = null, name = null, segment = null;
        ValueMap demographics = default;
        ValueList<string> behaviours = default, goals = default, needs = default, frustrations = default;
        while (NextProperty(ref reader, out var property))
        {
            switch ((PersonaField)Known(ref reader, property, PersonaNames, ref seen, "a persona"))
            {
                case PersonaField.Id: id = ElementId(ref reader, ElementKind.Persona); break;
                case PersonaField.Name: name = Name(ref reader); break;
                case PersonaField.Segment: segment = Text(ref reader); break;
                case PersonaField.Demographics: demographics = StringMap(ref reader, "of demographic facts"); break;
                case PersonaField.Behaviours: behaviours = Texts(ref reader, "behaviours"); break;
                case PersonaField.Goals: goals = Texts(ref reader, "goals"); break;
                case PersonaField.Needs: needs = Texts(ref reader, "needs"); break;
                case PersonaField.Frustrations: frustrations = Texts(ref reader, "frustrations"); break;
                case PersonaField.Properties: properties = Properties(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, PersonaNames, "persona", (int)PersonaField.Id, (int)PersonaField.Name);
        return new Persona(id!, name!, segment, demographics, behaviours, goals, needs, frustrations, properties);
    }

    private Channel Channel(ref Utf8JsonReader reader)
    {
        ExpectObject(ref reader, "a channel");
        ulong seen = 0;
        ValueMap properties = default;
        string? id = null, name = null, description = null;
        while (NextProperty(ref reader, out var property))
        {
            switch ((ChannelField)Known(ref reader, property, ChannelNames, ref seen, "a channel"))
            {
                case ChannelField.Id: id = ElementId(ref reader, ElementKind.Channel); break;
                case ChannelField.Name: name = Name(ref reader); break;
                case ChannelField.Description: description = Text(ref reader); break;
                case ChannelField.Properties: properties = Properties(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, ChannelNames, "channel", (int)ChannelField.Id, (int)ChannelField.Name);
        return new Channel(id!, name!, description, properties);
    }

    private Owner Owner(ref Utf8JsonReader reader)
    {
        ExpectObject(ref reader, "an owner");
        ulong seen = 0;
        ValueMap properties = default;
        string? id = null, name = null, contact = null;
        while (NextProperty(ref reader, out var property))
        {
            switch ((OwnerField)Known(ref reader, property, OwnerNames, ref seen, "an owner"))
            {
                case OwnerField.Id: id = ElementId(ref reader, ElementKind.Owner); break;
                case OwnerField.Name: name = Name(ref reader); break;
                case OwnerField.Contact: contact = Text(ref reader); break;
                case OwnerField.Properties: properties = Properties(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, OwnerNames, "owner", (int)OwnerField.Id, (int)OwnerField.Name);
        return new Owner(id!, name!, contact, properties);
    }

    private Touchpoint Touchpoint(ref Utf8JsonReader reader)
    {
        ExpectObject(ref reader, "a touchpoint");
        ulong seen = 0;
        ValueMap properties = default;
        string? id = null, name = null, channel = null, description = null;
        while (NextProperty(ref reader, out var property))
        {
            switch ((TouchpointField)Known(ref reader, property, TouchpointNames, ref seen, "a touchpoint"))
            {
                case TouchpointField.Id: id = ElementId(ref reader, ElementKind.Touchpoint); break;
                case TouchpointField.Name: name = Name(ref reader); break;
                case TouchpointField.Channel: channel = Reference(ref reader, ElementKind.Channel); break;
                case TouchpointField.Description: description = Text(ref reader); break;
                case TouchpointField.Properties: properties = Properties(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, TouchpointNames, "touchpoint", (int)TouchpointField.Id, (int)TouchpointField.Name);
        return new Touchpoint(id!, name!, channel, description, properties);
    }

    private Stage Stage(ref Utf8JsonReader reader)
    {
        Require(ref reader, _stage.Seen, StageNames, "stage", (int)StageField.Id, (int)StageField.Name);
        return new Stage(_stage.Id!, _stage.Name!, _stage.Goal, _stage.Questions, _stage.OwnerId, _stage.Metrics, _stage.Icon, new ValueList<Step>([.. _steps]), _stage.Properties);
    }

    private Step Step(ref Utf8JsonReader reader)
    {
        ExpectObject(ref reader, "a step");
        ulong seen = 0;
        ValueMap properties = default;
        string? id = null, name = null, description = null, owner = null;
        ValueList<string> actions = default, thoughts = default, touchpoints = default;
        ValueList<Emotion> emotions = default;
        ValueList<PainPoint> painPoints = default;
        ValueList<Opportunity> opportunities = default;
        ValueList<Metric> metrics = default;
        ValueList<BackStageItem> backStage = default;
        ValueList<Evidence> evidence = default;
        TimeSpan? duration = null;
        var milestone = false;
        while (NextProperty(ref reader, out var property))
        {
            switch ((StepField)Known(ref reader, property, StepNames, ref seen, "a step"))
            {
                case StepField.Id: id = ElementId(ref reader, ElementKind.Step); break;
                case StepField.Name: name = Name(ref reader); break;
                case StepField.Description: description = Text(ref reader); break;
                case StepField.Actions: actions = Texts(ref reader, "actions"); break;
                case StepField.Thoughts: thoughts = Texts(ref reader, "thoughts"); break;
                case StepField.Emotions: emotions = Emotions(ref reader); break;
                case StepField.Touchpoints: touchpoints = References(ref reader, ElementKind.Touchpoint, "touchpoints"); break;
                case StepField.PainPoints: painPoints = Elements(ref reader, "pain points", _readPainPoint ??= PainPoint, _painPoints); break;
                case StepField.Opportunities: opportunities = Elements(ref reader, "opportunities", _readOpportunity ??= Opportunity, _opportunities); break;
                case StepField.Metrics: metrics = Elements(ref reader, "metrics", _readMetric ??= Metric, _metrics); break;
                case StepField.Owner: owner = Reference(ref reader, ElementKind.Owner); break;
                case StepField.Duration: duration = Duration(ref reader); break;
                case StepField.Milestone: milestone = Boolean(ref reader); break;
                case StepField.BackStage: backStage = Elements(ref reader, "back-stage items", _readBackStage ??= BackStageItem, _backStage); break;
                case StepField.Evidence: evidence = Elements(ref reader, "evidence", _readEvidence ??= Evidence, _evidence); break;
                case StepField.Properties: properties = Properties(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, StepNames, "step", (int)StepField.Id, (int)StepField.Name);
        return new Step(id!, name!, description, actions, thoughts, emotions, touchpoints, painPoints, opportunities, metrics, owner, duration, milestone, backStage, evidence, properties);
    }

    private ElementReader<Persona>? _readPersona;
    private ElementReader<Channel>? _readChannel;
    private ElementReader<Owner>? _readOwner;
    private ElementReader<Touchpoint>? _readTouchpoint;
    private ElementReader<Transition>? _readTransition;
    private ElementReader<PainPoint>? _readPainPoint;
    private ElementReader<Opportunity>? _readOpportunity;
    private ElementReader<Metric>? _readMetric;
    private ElementReader<BackStageItem>? _readBackStage;
    private ElementReader<Evidence>? _readEvidence;

    private ValueList<Emotion> Emotions(ref Utf8JsonReader reader)
    {
        StartArray(ref reader, "emotions");
        _emotions.Clear();
        var personas = Listed();
        while (NextItem(ref reader))
        {
            _path.Index(_emotions.Count);
            var emotion = Emotion(ref reader);
            if (!personas.Add(emotion.PersonaId ?? ""))
            {
                throw Fail(ref reader, emotion.PersonaId is null
                    ? "The step has two emotions for all personas; keep one, or give each a 'persona'."
                    : $"The step has two emotions for the persona '{emotion.PersonaId}'; keep one.");
            }

            _emotions.Add(emotion);
            _path.Pop();
        }

        return new ValueList<Emotion>([.. _emotions]);
    }

    private Emotion Emotion(ref Utf8JsonReader reader)
    {
        ExpectObject(ref reader, "an emotion");
        ulong seen = 0;
        var score = 0;
        string? label = null, persona = null;
        while (NextProperty(ref reader, out var property))
        {
            switch ((EmotionField)Known(ref reader, property, EmotionNames, ref seen, "an emotion"))
            {
                case EmotionField.Score:
                    score = Int(ref reader);
                    Score(ref reader, score);
                    break;
                case EmotionField.Label: label = RepeatedText(ref reader); break;
                case EmotionField.Persona: persona = Reference(ref reader, ElementKind.Persona); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, EmotionNames, "emotion", (int)EmotionField.Score);
        return new Emotion(score, label, persona);
    }

    private PainPoint PainPoint(ref Utf8JsonReader reader)
    {
        ExpectObject(ref reader, "a pain point");
        ulong seen = 0;
        ValueMap properties = default;
        string? id = null, description = null;
        var severity = JourneyKit.PainPoint.DefaultSeverity;
        ValueList<string> evidence = default;
        while (NextProperty(ref reader, out var property))
        {
            switch ((PainPointField)Known(ref reader, property, PainPointNames, ref seen, "a pain point"))
            {
                case PainPointField.Id: id = ElementId(ref reader, ElementKind.PainPoint); break;
                case PainPointField.Description: description = Name(ref reader); break;
                case PainPointField.Severity: severity = Word(ref reader, V.Severities); break;
                case PainPointField.Evidence: evidence = References(ref reader, ElementKind.Evidence, "evidence ids"); break;
                case PainPointField.Properties: properties = Properties(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, PainPointNames, "pain point", (int)PainPointField.Id, (int)PainPointField.Description);
        return new PainPoint(id!, description!, severity, evidence, properties);
    }

    private Opportunity Opportunity(ref Utf8JsonReader reader)
    {
        ExpectObject(ref reader, "an opportunity");
        ulong seen = 0;
        ValueMap properties = default;
        string? id = null, title = null, description = null, owner = null;
        Level impact = JourneyKit.Opportunity.DefaultLevel, effort = JourneyKit.Opportunity.DefaultLevel;
        ValueList<string> addresses = default;
        var status = JourneyKit.Opportunity.DefaultStatus;
        while (NextProperty(ref reader, out var property))
        {
            switch ((OpportunityField)Known(ref reader, property, OpportunityNames, ref seen, "an opportunity"))
            {
                case OpportunityField.Id: id = ElementId(ref reader, ElementKind.Opportunity); break;
                case OpportunityField.Title: title = Name(ref reader); break;
                case OpportunityField.Description: description = Text(ref reader); break;
                case OpportunityField.Impact: impact = Word(ref reader, V.Levels); break;
                case OpportunityField.Effort: effort = Word(ref reader, V.Levels); break;
                case OpportunityField.Addresses: addresses = References(ref reader, ElementKind.PainPoint, "pain point ids"); break;
                case OpportunityField.Owner: owner = Reference(ref reader, ElementKind.Owner); break;
                case OpportunityField.Status: status = Word(ref reader, V.Statuses); break;
                case OpportunityField.Properties: properties = Properties(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, OpportunityNames, "opportunity", (int)OpportunityField.Id, (int)OpportunityField.Title);
        return new Opportunity(id!, title!, description, impact, effort, addresses, owner, status, properties);
    }

    private Metric Metric(ref Utf8JsonReader reader)
    {
        ExpectObject(ref reader, "a metric");
        ulong seen = 0;
        ValueMap properties = default;
        string? id = null, name = null, unit = null;
        var kind = MetricKind.Custom;
        decimal? target = null, actual = null;
        MetricDirection? direction = null;
        while (NextProperty(ref reader, out var property))
        {
            switch ((MetricField)Known(ref reader, property, MetricNames, ref seen, "a metric"))
            {
                case MetricField.Id: id = ElementId(ref reader, ElementKind.Metric); break;
                case MetricField.Name: name = Name(ref reader); break;
                case MetricField.Kind: kind = Word(ref reader, V.MetricKinds); break;
                case MetricField.Unit: unit = RepeatedText(ref reader); break;
                case MetricField.Target: target = Decimal(ref reader); break;
                case MetricField.Actual: actual = Decimal(ref reader); break;
                case MetricField.Direction: direction = Word(ref reader, V.Directions); break;
                case MetricField.Properties: properties = Properties(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, MetricNames, "metric", (int)MetricField.Id, (int)MetricField.Name);
        return new Metric(id!, name!, kind, unit, target, actual, direction ?? JourneyKit.Metric.DefaultDirection(kind), properties);
    }

    private BackStageItem BackStageItem(ref Utf8JsonReader reader)
    {
        ExpectObject(ref reader, "a back-stage item");
        ulong seen = 0;
        ValueMap properties = default;
        string? id = null, name = null, description = null;
        var kind = JourneyKit.BackStageItem.DefaultKind;
        while (NextProperty(ref reader, out var property))
        {
            switch ((BackStageField)Known(ref reader, property, BackStageNames, ref seen, "a back-stage item"))
            {
                case BackStageField.Id: id = ElementId(ref reader, ElementKind.BackStageItem); break;
                case BackStageField.Name: name = Name(ref reader); break;
                case BackStageField.Kind: kind = Word(ref reader, V.BackStageKinds); break;
                case BackStageField.Description: description = Text(ref reader); break;
                case BackStageField.Properties: properties = Properties(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, BackStageNames, "back-stage item", (int)BackStageField.Id, (int)BackStageField.Name);
        return new BackStageItem(id!, name!, kind, description, properties);
    }

    private Transition Transition(ref Utf8JsonReader reader)
    {
        ExpectObject(ref reader, "a transition");
        ulong seen = 0;
        ValueMap properties = default;
        string? id = null, from = null, to = null, label = null;
        var kind = TransitionKind.Branch;
        decimal? share = null;
        while (NextProperty(ref reader, out var property))
        {
            switch ((TransitionField)Known(ref reader, property, TransitionNames, ref seen, "a transition"))
            {
                case TransitionField.Id: id = ElementId(ref reader, ElementKind.Transition); break;
                case TransitionField.Kind: kind = Word(ref reader, V.TransitionKinds); break;
                case TransitionField.From: from = Reference(ref reader, ElementKind.Step); break;
                case TransitionField.To: to = Reference(ref reader, ElementKind.Step); break;
                case TransitionField.Label: label = Text(ref reader); break;
                case TransitionField.Share:
                    share = Decimal(ref reader);
                    if (share is < 0m or > 1m)
                    {
                        throw Fail(ref reader, string.Create(CultureInfo.InvariantCulture, $"The share {share} is not a fraction between 0 and 1."));
                    }

                    break;
                case TransitionField.Properties: properties = Properties(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, TransitionNames, "transition", (int)TransitionField.Id, (int)TransitionField.Kind, (int)TransitionField.From);
        if (kind == TransitionKind.Exit && to is not null)
        {
            throw Fail(ref reader, "An exit leads out of the journey and has no 'to'; remove it, or make the transition a branch.");
        }

        if (kind != TransitionKind.Exit && to is null)
        {
            throw Fail(ref reader, $"A {V.TransitionKinds.Encode(kind)} needs 'to', the step customers go to.");
        }

        return new Transition(id!, kind, from!, to, label, share, properties);
    }

    private Evidence Evidence(ref Utf8JsonReader reader)
    {
        ExpectObject(ref reader, "evidence");
        ulong seen = 0;
        ValueMap properties = default;
        string? id = null, text = null, source = null, link = null;
        var kind = JourneyKit.Evidence.DefaultKind;
        DateOnly? collectedOn = null;
        while (NextProperty(ref reader, out var property))
        {
            switch ((EvidenceField)Known(ref reader, property, EvidenceNames, ref seen, "evidence"))
            {
                case EvidenceField.Id: id = ElementId(ref reader, ElementKind.Evidence); break;
                case EvidenceField.Kind: kind = Word(ref reader, V.EvidenceKinds); break;
                case EvidenceField.Text: text = Name(ref reader); break;
                case EvidenceField.Source: source = Text(ref reader); break;
                case EvidenceField.CollectedOn: collectedOn = Date(ref reader); break;
                case EvidenceField.Link:
                    link = Text(ref reader);
                    if (!JourneyKit.Evidence.IsLink(link))
                    {
                        throw Fail(ref reader, $"'{Shorten(link)}' is not an absolute http or https link.");
                    }

                    break;
                case EvidenceField.Properties: properties = Properties(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, EvidenceNames, "evidence", (int)EvidenceField.Id, (int)EvidenceField.Text);
        return new Evidence(id!, kind, text!, source, collectedOn, link, properties);
    }

    private EmotionScale EmotionScale(ref Utf8JsonReader reader)
    {
        StartObject(ref reader, "an emotion scale");
        ulong seen = 0;
        int min = 0, max = 0;
        while (NextProperty(ref reader, out var property))
        {
            switch ((ScaleField)Known(ref reader, property, ScaleNames, ref seen, "the emotion scale"))
            {
                case ScaleField.Min: min = Int(ref reader); break;
                case ScaleField.Max: max = Int(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, ScaleNames, "emotion scale", (int)ScaleField.Min, (int)ScaleField.Max);
        if (min < -JourneyKit.EmotionScale.Limit || max > JourneyKit.EmotionScale.Limit || min >= max)
        {
            throw Fail(ref reader, string.Create(CultureInfo.InvariantCulture, $"The scale {min}..{max} is not usable: min must be below max, both within -{JourneyKit.EmotionScale.Limit}..{JourneyKit.EmotionScale.Limit}."));
        }

        return new EmotionScale(min, max);
    }

    private Revision Revision(ref Utf8JsonReader reader)
    {
        StartObject(ref reader, "a revision");
        ulong seen = 0;
        var number = 0;
        DateOnly? date = null;
        string? author = null, note = null;
        while (NextProperty(ref reader, out var property))
        {
            switch ((RevisionField)Known(ref reader, property, RevisionNames, ref seen, "the revision"))
            {
                case RevisionField.Number:
                    number = Int(ref reader);
                    if (number < 1)
                    {
                        throw Fail(ref reader, "A revision number starts at 1.");
                    }

                    break;
                case RevisionField.Date: date = Date(ref reader); break;
                case RevisionField.Author: author = Text(ref reader); break;
                case RevisionField.Note: note = Text(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, RevisionNames, "revision", (int)RevisionField.Number);
        return new Revision(number, date, author, note);
    }
}
