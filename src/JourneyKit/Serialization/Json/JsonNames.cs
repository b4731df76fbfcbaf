using System.Text.Json;

namespace JourneyKit.Serialization.Json;

/// <summary>The property names of the JSON format, encoded once.</summary>
internal static class JsonNames
{
    public static readonly JsonEncodedText SchemaVersion = JsonEncodedText.Encode("schemaVersion");
    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    public static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");
    public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    public static readonly JsonEncodedText Audience = JsonEncodedText.Encode("audience");
    public static readonly JsonEncodedText EmotionScale = JsonEncodedText.Encode("emotionScale");
    public static readonly JsonEncodedText Min = JsonEncodedText.Encode("min");
    public static readonly JsonEncodedText Max = JsonEncodedText.Encode("max");
    public static readonly JsonEncodedText Revision = JsonEncodedText.Encode("revision");
    public static readonly JsonEncodedText Number = JsonEncodedText.Encode("number");
    public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
    public static readonly JsonEncodedText Author = JsonEncodedText.Encode("author");
    public static readonly JsonEncodedText Note = JsonEncodedText.Encode("note");
    public static readonly JsonEncodedText ReviewCadence = JsonEncodedText.Encode("reviewCadence");
    public static readonly JsonEncodedText LastReviewedOn = JsonEncodedText.Encode("lastReviewedOn");
    public static readonly JsonEncodedText Properties = JsonEncodedText.Encode("properties");
    public static readonly JsonEncodedText Personas = JsonEncodedText.Encode("personas");
    public static readonly JsonEncodedText Segment = JsonEncodedText.Encode("segment");
    public static readonly JsonEncodedText Demographics = JsonEncodedText.Encode("demographics");
    public static readonly JsonEncodedText Behaviours = JsonEncodedText.Encode("behaviours");
    public static readonly JsonEncodedText Goals = JsonEncodedText.Encode("goals");
    public static readonly JsonEncodedText Needs = JsonEncodedText.Encode("needs");
    public static readonly JsonEncodedText Frustrations = JsonEncodedText.Encode("frustrations");
    public static readonly JsonEncodedText Channels = JsonEncodedText.Encode("channels");
    public static readonly JsonEncodedText Channel = JsonEncodedText.Encode("channel");
    public static readonly JsonEncodedText Owners = JsonEncodedText.Encode("owners");
    public static readonly JsonEncodedText Owner = JsonEncodedText.Encode("owner");
    public static readonly JsonEncodedText Contact = JsonEncodedText.Encode("contact");
    public static readonly JsonEncodedText Touchpoints = JsonEncodedText.Encode("touchpoints");
    public static readonly JsonEncodedText Stages = JsonEncodedText.Encode("stages");
    public static readonly JsonEncodedText Goal = JsonEncodedText.Encode("goal");
    public static readonly JsonEncodedText Questions = JsonEncodedText.Encode("questions");
    public static readonly JsonEncodedText Icon = JsonEncodedText.Encode("icon");
    public static readonly JsonEncodedText Metrics = JsonEncodedText.Encode("metrics");
    public static readonly JsonEncodedText Steps = JsonEncodedText.Encode("steps");
    public static readonly JsonEncodedText Actions = JsonEncodedText.Encode("actions");
    public static readonly JsonEncodedText Thoughts = JsonEncodedText.Encode("thoughts");
    public static readonly JsonEncodedText Emotions = JsonEncodedText.Encode("emotions");
    public static readonly JsonEncodedText Score = JsonEncodedText.Encode("score");
    public static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
    public static readonly JsonEncodedText Persona = JsonEncodedText.Encode("persona");
    public static readonly JsonEncodedText PainPoints = JsonEncodedText.Encode("painPoints");
    public static readonly JsonEncodedText Severity = JsonEncodedText.Encode("severity");
    public static readonly JsonEncodedText Opportunities = JsonEncodedText.Encode("opportunities");
    public static readonly JsonEncodedText Impact = JsonEncodedText.Encode("impact");
    public static readonly JsonEncodedText Effort = JsonEncodedText.Encode("effort");
    public static readonly JsonEncodedText Addresses = JsonEncodedText.Encode("addresses");
    public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    public static readonly JsonEncodedText Unit = JsonEncodedText.Encode("unit");
    public static readonly JsonEncodedText Target = JsonEncodedText.Encode("target");
    public static readonly JsonEncodedText Actual = JsonEncodedText.Encode("actual");
    public static readonly JsonEncodedText Direction = JsonEncodedText.Encode("direction");
    public static readonly JsonEncodedText Duration = JsonEncodedText.Encode("duration");
    public static readonly JsonEncodedText Milestone = JsonEncodedText.Encode("milestone");
    public static readonly JsonEncodedText BackStage = JsonEncodedText.Encode("backStage");
    public static readonly JsonEncodedText Transitions = JsonEncodedText.Encode("transitions");
    public static readonly JsonEncodedText From = JsonEncodedText.Encode("from");
    public static readonly JsonEncodedText To = JsonEncodedText.Encode("to");
    public static readonly JsonEncodedText Share = JsonEncodedText.Encode("share");
}
