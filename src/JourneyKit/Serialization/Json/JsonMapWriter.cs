using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using N = JourneyKit.Serialization.Json.JsonNames;
using V = JourneyKit.Serialization.Json.JsonVocabulary;

namespace JourneyKit.Serialization.Json;

/// <summary>
/// Writes a map in the canonical form: fixed property order, defaults and empty collections left out, numbers in
/// their shortest form. <see cref="Parts"/> pauses after each step so a driver can flush to its stream.
/// </summary>
internal sealed class JsonMapWriter(Utf8JsonWriter writer)
{
    public static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Indented = indented,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = JourneyMapJsonOptions.DefaultMaxDepth,

        // The writer's shape is fixed and every document is checked by the round-trip tests, so the per-token checks
        // that each property sits in an object and each value where one may stand only cost time.
        SkipValidation = true,
    };

    /// <summary>Writes the map, pausing after each step.</summary>
    public IEnumerable<int> Parts(JourneyMap map)
    {
        writer.WriteStartObject();
        writer.WriteNumber(N.SchemaVersion, JourneyMapJson.CurrentSchemaVersion);
        writer.WriteString(N.Id, map.Id);
        writer.WriteString(N.Title, map.Title);
        Optional(N.Description, map.Description);
        if (map.Kind != JourneyKind.Custom)
        {
            writer.WriteString(N.Kind, V.JourneyKinds.Encode(map.Kind));
        }

        if (map.Audience != Audience.B2C)
        {
            writer.WriteString(N.Audience, V.Audiences.Encode(map.Audience));
        }

        Optional(N.Language, map.Language);

        if (map.EmotionScale != EmotionScale.Default)
        {
            writer.WriteStartObject(N.EmotionScale);
            writer.WriteNumber(N.Min, map.EmotionScale.Min);
            writer.WriteNumber(N.Max, map.EmotionScale.Max);
            writer.WriteEndObject();
        }

        if (map.Revision is { } revision)
        {
            writer.WriteStartObject(N.Revision);
            writer.WriteNumber(N.Number, revision.Number);
            Optional(N.Date, revision.Date);
            Optional(N.Author, revision.Author);
            Optional(N.Note, revision.Note);
            writer.WriteEndObject();
        }

        if (map.ReviewCadence is { } cadence)
        {
            writer.WriteString(N.ReviewCadence, IsoDuration.Format(cadence));
        }

        Optional(N.LastReviewedOn, map.LastReviewedOn);
        Map(N.Properties, map.Properties);
        Elements(N.Personas, map.Personas, static (w, item) => w.Persona(item));
        Elements(N.Channels, map.Channels, static (w, item) => w.Channel(item));
        Elements(N.Owners, map.Owners, static (w, item) => w.Owner(item));
        Elements(N.Touchpoints, map.Touchpoints, static (w, item) => w.Touchpoint(item));
        if (!map.Stages.IsEmpty)
        {
            writer.WriteStartArray(N.Stages);
            foreach (var stage in map.Stages)
            {
                StageStart(stage);
                if (!stage.Steps.IsEmpty)
                {
                    writer.WriteStartArray(N.Steps);
                    foreach (var step in stage.Steps)
                    {
                        Step(step);
                        yield return 0;
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        Elements(N.Transitions, map.Transitions, static (w, item) => w.Transition(item));
        writer.WriteEndObject();
    }

    private void Persona(Persona persona)
    {
        Element(persona.Id, N.Name, persona.Name);
        Optional(N.Segment, persona.Segment);
        Map(N.Demographics, persona.Demographics);
        Texts(N.Behaviours, persona.Behaviours);
        Texts(N.Goals, persona.Goals);
        Texts(N.Needs, persona.Needs);
        Texts(N.Frustrations, persona.Frustrations);
        Map(N.Properties, persona.Properties);
    }

    private void Channel(Channel channel)
    {
        Element(channel.Id, N.Name, channel.Name);
        Optional(N.Description, channel.Description);
        Map(N.Properties, channel.Properties);
    }

    private void Owner(Owner owner)
    {
        Element(owner.Id, N.Name, owner.Name);
        Optional(N.Contact, owner.Contact);
        Map(N.Properties, owner.Properties);
    }

    private void Touchpoint(Touchpoint touchpoint)
    {
        Element(touchpoint.Id, N.Name, touchpoint.Name);
        Optional(N.Channel, touchpoint.ChannelId);
        Optional(N.Description, touchpoint.Description);
        Map(N.Properties, touchpoint.Properties);
    }

    private void StageStart(Stage stage)
    {
        writer.WriteStartObject();
        Element(stage.Id, N.Name, stage.Name);
        Optional(N.Goal, stage.Goal);
        Texts(N.Questions, stage.Questions);
        Optional(N.Owner, stage.OwnerId);
        Optional(N.Icon, stage.Icon);
        Elements(N.Metrics, stage.Metrics, static (w, item) => w.Metric(item));
        Map(N.Properties, stage.Properties);
    }

    private void Step(Step step)
    {
        writer.WriteStartObject();
        Element(step.Id, N.Name, step.Name);
        Optional(N.Description, step.Description);
        Texts(N.Actions, step.Actions);
        Texts(N.Thoughts, step.Thoughts);
        if (!step.Emotions.IsEmpty)
        {
            writer.WriteStartArray(N.Emotions);
            foreach (var emotion in step.Emotions)
            {
                writer.WriteStartObject();
                writer.WriteNumber(N.Score, emotion.Score);
                Optional(N.Label, emotion.Label);
                Optional(N.Persona, emotion.PersonaId);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        Texts(N.Touchpoints, step.TouchpointIds);
        Elements(N.PainPoints, step.PainPoints, static (w, item) => w.PainPoint(item));
        Elements(N.Opportunities, step.Opportunities, static (w, item) => w.Opportunity(item));
        Elements(N.Metrics, step.Metrics, static (w, item) => w.Metric(item));
        Optional(N.Owner, step.OwnerId);
        if (step.Duration is { } duration)
        {
            writer.WriteString(N.Duration, IsoDuration.Format(duration));
        }

        if (step.IsMilestone)
        {
            writer.WriteBoolean(N.Milestone, true);
        }

        Elements(N.BackStage, step.BackStage, static (w, item) => w.BackStageItem(item));
        Elements(N.Evidence, step.Evidence, static (w, item) => w.Evidence(item));
        Map(N.Properties, step.Properties);
        writer.WriteEndObject();
    }

    private void PainPoint(PainPoint painPoint)
    {
        Element(painPoint.Id, N.Description, painPoint.Description);
        if (painPoint.Severity != JourneyKit.PainPoint.DefaultSeverity)
        {
            writer.WriteString(N.Severity, V.Severities.Encode(painPoint.Severity));
        }

        Texts(N.Evidence, painPoint.EvidenceIds);
        Map(N.Properties, painPoint.Properties);
    }

    private void Opportunity(Opportunity opportunity)
    {
        Element(opportunity.Id, N.Title, opportunity.Title);
        Optional(N.Description, opportunity.Description);
        if (opportunity.Impact != JourneyKit.Opportunity.DefaultLevel)
        {
            writer.WriteString(N.Impact, V.Levels.Encode(opportunity.Impact));
        }

        if (opportunity.Effort != JourneyKit.Opportunity.DefaultLevel)
        {
            writer.WriteString(N.Effort, V.Levels.Encode(opportunity.Effort));
        }

        Texts(N.Addresses, opportunity.AddressedPainPointIds);
        Optional(N.Owner, opportunity.OwnerId);
        if (opportunity.Status != JourneyKit.Opportunity.DefaultStatus)
        {
            writer.WriteString(N.Status, V.Statuses.Encode(opportunity.Status));
        }

        Map(N.Properties, opportunity.Properties);
    }

    private void Metric(Metric metric)
    {
        Element(metric.Id, N.Name, metric.Name);
        if (metric.Kind != MetricKind.Custom)
        {
            writer.WriteString(N.Kind, V.MetricKinds.Encode(metric.Kind));
        }

        Optional(N.Unit, metric.Unit);
        Optional(N.Target, metric.Target);
        Optional(N.Actual, metric.Actual);
        if (metric.Direction != JourneyKit.Metric.DefaultDirection(metric.Kind))
        {
            writer.WriteString(N.Direction, V.Directions.Encode(metric.Direction));
        }

        Map(N.Properties, metric.Properties);
    }

    private void BackStageItem(BackStageItem item)
    {
        Element(item.Id, N.Name, item.Name);
        if (item.Kind != JourneyKit.BackStageItem.DefaultKind)
        {
            writer.WriteString(N.Kind, V.BackStageKinds.Encode(item.Kind));
        }

        Optional(N.Description, item.Description);
        Map(N.Properties, item.Properties);
    }

    private void Evidence(Evidence evidence)
    {
        writer.WriteString(N.Id, evidence.Id);
        if (evidence.Kind != JourneyKit.Evidence.DefaultKind)
        {
            writer.WriteString(N.Kind, V.EvidenceKinds.Encode(evidence.Kind));
        }

        writer.WriteString(N.Text, evidence.Text);
        Optional(N.Source, evidence.Source);
        Optional(N.CollectedOn, evidence.CollectedOn);
        Optional(N.Link, evidence.Link);
        Map(N.Properties, evidence.Properties);
    }

    private void Transition(Transition transition)
    {
        writer.WriteString(N.Id, transition.Id);
        writer.WriteString(N.Kind, V.TransitionKinds.Encode(transition.Kind));
        writer.WriteString(N.From, transition.FromStepId);
        Optional(N.To, transition.ToStepId);
        Optional(N.Label, transition.Label);
        Optional(N.Share, transition.Share);
        Map(N.Properties, transition.Properties);
    }

    private void Element(string id, JsonEncodedText nameProperty, string name)
    {
        writer.WriteString(N.Id, id);
        writer.WriteString(nameProperty, name);
    }

    // Most elements leave most collections empty: the checks are inlined so that an empty one costs a test, not a call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Elements<T>(JsonEncodedText property, ValueList<T> items, Action<JsonMapWriter, T> write)
    {
        if (!items.IsEmpty)
        {
            WriteElements(property, items, write);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Texts(JsonEncodedText property, ValueList<string> texts)
    {
        if (!texts.IsEmpty)
        {
            WriteTexts(property, texts);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Map(JsonEncodedText property, ValueMap map)
    {
        if (!map.IsEmpty)
        {
            WriteMap(property, map);
        }
    }

    private void WriteElements<T>(JsonEncodedText property, ValueList<T> items, Action<JsonMapWriter, T> write)
    {
        writer.WriteStartArray(property);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            write(this, item);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private void WriteTexts(JsonEncodedText property, ValueList<string> texts)
    {
        writer.WriteStartArray(property);
        foreach (var text in texts)
        {
            writer.WriteStringValue(text);
        }

        writer.WriteEndArray();
    }

    private void WriteMap(JsonEncodedText property, ValueMap map)
    {
        writer.WriteStartObject(property);
        foreach (var (key, value) in map)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
    }

    private void Optional(JsonEncodedText property, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(property, value);
        }
    }

    private void Optional(JsonEncodedText property, DateOnly? value)
    {
        if (value is { } date)
        {
            writer.WriteString(property, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private void Optional(JsonEncodedText property, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(property, Internal.Decimals.Canonical(number));
        }
    }
}
