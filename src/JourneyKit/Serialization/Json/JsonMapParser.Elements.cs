using System.Globalization;
using System.Numerics;
using System.Text.Json;
using V = JourneyKit.Serialization.Json.JsonVocabulary;

namespace JourneyKit.Serialization.Json;

/// <summary>Reading each kind of element whole, with its required properties and its references.</summary>
internal sealed partial class JsonMapParser
{
    private static readonly string[] PersonaNames = ["id", "name", "segment", "demographics", "behaviours", "goals", "needs", "frustrations", "properties"];
    private static readonly string[] ChannelNames = ["id", "name", "description", "properties"];
    private static readonly string[] OwnerNames = ["id", "name", "contact", "properties"];
    private static readonly string[] TouchpointNames = ["id", "name", "channel", "description", "properties"];
    private static readonly string[] StepNames = ["id", "name", "description", "actions", "thoughts", "emotions", "touchpoints", "painPoints", "opportunities", "metrics", "owner", "duration", "milestone", "backStage", "properties"];
    private static readonly string[] EmotionNames = ["score", "label", "persona"];
    private static readonly string[] PainPointNames = ["id", "description", "severity", "properties"];
    private static readonly string[] OpportunityNames = ["id", "title", "description", "impact", "effort", "addresses", "owner", "status", "properties"];
    private static readonly string[] MetricNames = ["id", "name", "kind", "unit", "target", "actual", "direction", "properties"];
    private static readonly string[] BackStageNames = ["id", "name", "kind", "description", "properties"];
    private static readonly string[] TransitionNames = ["id", "kind", "from", "to", "label", "share", "properties"];
    private static readonly string[] ScaleNames = ["min", "max"];
    private static readonly string[] RevisionNames = ["number", "date", "author", "note"];

    private readonly List<Emotion> _emotions = [];
    private readonly List<PainPoint> _painPoints = [];
    private readonly List<Opportunity> _opportunities = [];
    private readonly List<Metric> _metrics = [];
    private readonly List<BackStageItem> _backStage = [];

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
            switch (Known(ref reader, property, PersonaNames, ref seen, "a persona"))
            {
                case 0: id = ElementId(ref reader, ElementKind.Persona); break;
                case 1: name = Name(ref reader); break;
                case 2: segment = Text(ref reader); break;
                case 3: demographics = StringMap(ref reader, "of demographic facts"); break;
                case 4: behaviours = Texts(ref reader, "behaviours"); break;
                case 5: goals = Texts(ref reader, "goals"); break;
                case 6: needs = Texts(ref reader, "needs"); break;
                case 7: frustrations = Texts(ref reader, "frustrations"); break;
                default: properties = Properties(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, PersonaNames, "persona", 0, 1);
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
            switch (Known(ref reader, property, ChannelNames, ref seen, "a channel"))
            {
                case 0: id = ElementId(ref reader, ElementKind.Channel); break;
                case 1: name = Name(ref reader); break;
                case 2: description = Text(ref reader); break;
                default: properties = Properties(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, ChannelNames, "channel", 0, 1);
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
            switch (Known(ref reader, property, OwnerNames, ref seen, "an owner"))
            {
                case 0: id = ElementId(ref reader, ElementKind.Owner); break;
                case 1: name = Name(ref reader); break;
                case 2: contact = Text(ref reader); break;
                default: properties = Properties(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, OwnerNames, "owner", 0, 1);
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
            switch (Known(ref reader, property, TouchpointNames, ref seen, "a touchpoint"))
            {
                case 0: id = ElementId(ref reader, ElementKind.Touchpoint); break;
                case 1: name = Name(ref reader); break;
                case 2: channel = Reference(ref reader, ElementKind.Channel); break;
                case 3: description = Text(ref reader); break;
                default: properties = Properties(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, TouchpointNames, "touchpoint", 0, 1);
        return new Touchpoint(id!, name!, channel, description, properties);
    }

    private Stage Stage(ref Utf8JsonReader reader)
    {
        Require(ref reader, _stage.Seen, StageNames, "stage", 1, 2);
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
        TimeSpan? duration = null;
        var milestone = false;
        while (NextProperty(ref reader, out var property))
        {
            switch (Known(ref reader, property, StepNames, ref seen, "a step"))
            {
                case 0: id = ElementId(ref reader, ElementKind.Step); break;
                case 1: name = Name(ref reader); break;
                case 2: description = Text(ref reader); break;
                case 3: actions = Texts(ref reader, "actions"); break;
                case 4: thoughts = Texts(ref reader, "thoughts"); break;
                case 5: emotions = Emotions(ref reader); break;
                case 6: touchpoints = References(ref reader, ElementKind.Touchpoint, "touchpoints"); break;
                case 7: painPoints = Elements(ref reader, "pain points", _readPainPoint ??= PainPoint, _painPoints); break;
                case 8: opportunities = Elements(ref reader, "opportunities", _readOpportunity ??= Opportunity, _opportunities); break;
                case 9: metrics = Elements(ref reader, "metrics", _readMetric ??= Metric, _metrics); break;
                case 10: owner = Reference(ref reader, ElementKind.Owner); break;
                case 11: duration = Duration(ref reader); break;
                case 12: milestone = Boolean(ref reader); break;
                case 13: backStage = Elements(ref reader, "back-stage items", _readBackStage ??= BackStageItem, _backStage); break;
                default: properties = Properties(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, StepNames, "step", 0, 1);
        return new Step(id!, name!, description, actions, thoughts, emotions, touchpoints, painPoints, opportunities, metrics, owner, duration, milestone, backStage, properties);
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
            switch (Known(ref reader, property, EmotionNames, ref seen, "an emotion"))
            {
                case 0:
                    score = Int(ref reader);
                    Score(ref reader, score);
                    break;
                case 1: label = RepeatedText(ref reader); break;
                default: persona = Reference(ref reader, ElementKind.Persona); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, EmotionNames, "emotion", 0);
        return new Emotion(score, label, persona);
    }

    private PainPoint PainPoint(ref Utf8JsonReader reader)
    {
        ExpectObject(ref reader, "a pain point");
        ulong seen = 0;
        ValueMap properties = default;
        string? id = null, description = null;
        var severity = JourneyKit.PainPoint.DefaultSeverity;
        while (NextProperty(ref reader, out var property))
        {
            switch (Known(ref reader, property, PainPointNames, ref seen, "a pain point"))
            {
                case 0: id = ElementId(ref reader, ElementKind.PainPoint); break;
                case 1: description = Name(ref reader); break;
                case 2: severity = Word(ref reader, V.Severities); break;
                default: properties = Properties(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, PainPointNames, "pain point", 0, 1);
        return new PainPoint(id!, description!, severity, properties);
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
            switch (Known(ref reader, property, OpportunityNames, ref seen, "an opportunity"))
            {
                case 0: id = ElementId(ref reader, ElementKind.Opportunity); break;
                case 1: title = Name(ref reader); break;
                case 2: description = Text(ref reader); break;
                case 3: impact = Word(ref reader, V.Levels); break;
                case 4: effort = Word(ref reader, V.Levels); break;
                case 5: addresses = References(ref reader, ElementKind.PainPoint, "pain point ids"); break;
                case 6: owner = Reference(ref reader, ElementKind.Owner); break;
                case 7: status = Word(ref reader, V.Statuses); break;
                default: properties = Properties(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, OpportunityNames, "opportunity", 0, 1);
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
            switch (Known(ref reader, property, MetricNames, ref seen, "a metric"))
            {
                case 0: id = ElementId(ref reader, ElementKind.Metric); break;
                case 1: name = Name(ref reader); break;
                case 2: kind = Word(ref reader, V.MetricKinds); break;
                case 3: unit = RepeatedText(ref reader); break;
                case 4: target = Decimal(ref reader); break;
                case 5: actual = Decimal(ref reader); break;
                case 6: direction = Word(ref reader, V.Directions); break;
                default: properties = Properties(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, MetricNames, "metric", 0, 1);
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
            switch (Known(ref reader, property, BackStageNames, ref seen, "a back-stage item"))
            {
                case 0: id = ElementId(ref reader, ElementKind.BackStageItem); break;
                case 1: name = Name(ref reader); break;
                case 2: kind = Word(ref reader, V.BackStageKinds); break;
                case 3: description = Text(ref reader); break;
                default: properties = Properties(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, BackStageNames, "back-stage item", 0, 1);
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
            switch (Known(ref reader, property, TransitionNames, ref seen, "a transition"))
            {
                case 0: id = ElementId(ref reader, ElementKind.Transition); break;
                case 1: kind = Word(ref reader, V.TransitionKinds); break;
                case 2: from = Reference(ref reader, ElementKind.Step); break;
                case 3: to = Reference(ref reader, ElementKind.Step); break;
                case 4: label = Text(ref reader); break;
                case 5:
                    share = Decimal(ref reader);
                    if (share is < 0m or > 1m)
                    {
                        throw Fail(ref reader, string.Create(CultureInfo.InvariantCulture, $"The share {share} is not a fraction between 0 and 1."));
                    }

                    break;
                default: properties = Properties(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, TransitionNames, "transition", 0, 1, 2);
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

    private EmotionScale EmotionScale(ref Utf8JsonReader reader)
    {
        StartObject(ref reader, "an emotion scale");
        ulong seen = 0;
        int min = 0, max = 0;
        while (NextProperty(ref reader, out var property))
        {
            switch (Known(ref reader, property, ScaleNames, ref seen, "the emotion scale"))
            {
                case 0: min = Int(ref reader); break;
                default: max = Int(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, ScaleNames, "emotion scale", 0, 1);
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
            switch (Known(ref reader, property, RevisionNames, ref seen, "the revision"))
            {
                case 0:
                    number = Int(ref reader);
                    if (number < 1)
                    {
                        throw Fail(ref reader, "A revision number starts at 1.");
                    }

                    break;
                case 1: date = Date(ref reader); break;
                case 2: author = Text(ref reader); break;
                default: note = Text(ref reader); break;
            }

            _path.Pop();
        }

        Require(ref reader, seen, RevisionNames, "revision", 0);
        return new Revision(number, date, author, note);
    }
}
