using System.Globalization;
using System.Text.Json;
using JourneyKit.Localization;

namespace JourneyKit.Model.Shapes;

internal sealed class EmotionsCodec : ValueCodec
{
    public static readonly EmotionsCodec Instance = new();

    public override Type ValueType => typeof(ValueList<Emotion>);

    public override void Write(Utf8JsonWriter writer, object? value)
    {
        writer.WriteStartArray();
        foreach (var emotion in (ValueList<Emotion>)value!)
        {
            writer.WriteStartObject();
            writer.WriteNumber("score", emotion.Score);
            if (emotion.Label is not null)
            {
                writer.WriteString("label", emotion.Label);
            }

            if (emotion.PersonaId is not null)
            {
                writer.WriteString("persona", emotion.PersonaId);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public override object? Read(JsonElement json, string path)
    {
        if (json.ValueKind != JsonValueKind.Array)
        {
            throw Error(path, "an array of emotions");
        }

        var emotions = new List<Emotion>();
        foreach (var item in json.EnumerateArray())
        {
            var at = $"{path}[{emotions.Count}]";
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("score", out var score) || !(score.ValueKind == JsonValueKind.Number && score.TryGetInt32(out var number)))
            {
                throw Error(at, "an emotion object with an integer score");
            }

            var label = item.TryGetProperty("label", out var l) ? (string?)TextCodec.Instance.Read(l, at + ".label") : null;
            var persona = item.TryGetProperty("persona", out var p) ? (string?)TextCodec.Instance.Read(p, at + ".persona") : null;
            emotions.Add(new Emotion(number, label, persona));
        }

        return ValueList.From(emotions);
    }

    public override string Show(object? value, JourneyLanguage language)
    {
        var emotions = (ValueList<Emotion>)value!;
        return emotions.IsEmpty ? None(language) : string.Join(language["Value.ListSeparator"], emotions.Select(emotion => Show(emotion, language)));
    }

    /// <summary>Shows an emotion as <see cref="Emotion.ToString"/> does in English: its score, its label, the persona it is for.</summary>
    private static string Show(Emotion emotion, JourneyLanguage language)
    {
        var text = Presentation.MapText.Score(emotion.Score);
        text = emotion.Label is null ? text : language.Format("Value.Emotion.Label", text, emotion.Label);
        return emotion.PersonaId is null ? text : language.Format("Value.Emotion.For", text, emotion.PersonaId);
    }

    /// <summary>Emotions are keyed by persona, so their order does not matter; a long list is matched through a lookup.</summary>
    public static bool Same(ValueList<Emotion> a, ValueList<Emotion> b, TextRule text)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        var byPersona = ByPersona(b);
        foreach (var emotion in a)
        {
            if (!byPersona.TryGetValue(emotion.PersonaId ?? "", out var other) || other.Score != emotion.Score || !text.Equal(other.Label, emotion.Label))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Indexes a step's emotions by persona id, the emotion for everyone under the empty string (no id is empty).</summary>
    public static Dictionary<string, Emotion> ByPersona(ValueList<Emotion> emotions)
    {
        var byPersona = new Dictionary<string, Emotion>(emotions.Count, StringComparer.Ordinal);
        foreach (var emotion in emotions)
        {
            byPersona.TryAdd(emotion.PersonaId ?? "", emotion);
        }

        return byPersona;
    }
}

internal sealed class PropertiesCodec : ValueCodec
{
    public static readonly PropertiesCodec Instance = new();

    public override Type ValueType => typeof(ValueMap);

    public override void Write(Utf8JsonWriter writer, object? value)
    {
        writer.WriteStartObject();
        foreach (var entry in (ValueMap)value!)
        {
            writer.WriteString(entry.Key, entry.Value);
        }

        writer.WriteEndObject();
    }

    public override object? Read(JsonElement json, string path)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, "an object of strings");
        }

        var entries = new List<KeyValuePair<string, string>>();
        foreach (var property in json.EnumerateObject())
        {
            if (string.IsNullOrWhiteSpace(property.Name))
            {
                throw Error(path, "an object whose keys are not blank");
            }

            entries.Add(new(property.Name, property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : throw Error($"{path}.{property.Name}", "a string")));
        }

        return ValueMap.From(entries);
    }

    public override string Show(object? value, JourneyLanguage language)
    {
        var map = (ValueMap)value!;
        return map.IsEmpty ? None(language) : string.Join(language["Value.ListSeparator"], map.Select(e => $"{e.Key}={Quote(e.Value, language)}"));
    }
}

internal sealed class ScaleCodec : ValueCodec
{
    public static readonly ScaleCodec Instance = new();

    public override Type ValueType => typeof(EmotionScale);

    public override void Write(Utf8JsonWriter writer, object? value)
    {
        var scale = (EmotionScale)value!;
        writer.WriteStartObject();
        writer.WriteNumber("min", scale.Min);
        writer.WriteNumber("max", scale.Max);
        writer.WriteEndObject();
    }

    public override object? Read(JsonElement json, string path)
    {
        if (json.ValueKind == JsonValueKind.Object
            && json.TryGetProperty("min", out var min) && min.ValueKind == JsonValueKind.Number && min.TryGetInt32(out var low)
            && json.TryGetProperty("max", out var max) && max.ValueKind == JsonValueKind.Number && max.TryGetInt32(out var high)
            && low >= -EmotionScale.Limit && high <= EmotionScale.Limit && low < high)
        {
            return new EmotionScale(low, high);
        }

        throw Error(path, $"an emotion scale {{\"min\", \"max\"}} with -{EmotionScale.Limit} <= min < max <= {EmotionScale.Limit}");
    }

    public override string Show(object? value, JourneyLanguage language) => value!.ToString()!;
}

internal sealed class RevisionCodec : ValueCodec
{
    public static readonly RevisionCodec Instance = new();

    public override Type ValueType => typeof(Revision);

    public override void Write(Utf8JsonWriter writer, object? value)
    {
        if (value is not Revision revision)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteNumber("number", revision.Number);
        if (revision.Date is { } date)
        {
            writer.WriteString("date", DateCodec.Format(date));
        }

        if (revision.Author is not null)
        {
            writer.WriteString("author", revision.Author);
        }

        if (revision.Note is not null)
        {
            writer.WriteString("note", revision.Note);
        }

        writer.WriteEndObject();
    }

    public override object? Read(JsonElement json, string path)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty("number", out var number) || !(number.ValueKind == JsonValueKind.Number && number.TryGetInt32(out var n)) || n < 1)
        {
            throw Error(path, "a revision object with a positive number, or null");
        }

        var date = json.TryGetProperty("date", out var d) ? (DateOnly?)DateCodec.Instance.Read(d, path + ".date") : null;
        var author = json.TryGetProperty("author", out var a) ? (string?)TextCodec.Instance.Read(a, path + ".author") : null;
        var note = json.TryGetProperty("note", out var o) ? (string?)TextCodec.Instance.Read(o, path + ".note") : null;
        return new Revision(n, date, author, note);
    }

    public override string Show(object? value, JourneyLanguage language) => value is Revision revision
        ? revision.Date is { } date
            ? language.Format("Value.RevisionOf", revision.Number.ToString(CultureInfo.InvariantCulture), DateCodec.Format(date))
            : revision.Number.ToString(CultureInfo.InvariantCulture)
        : None(language);
}
