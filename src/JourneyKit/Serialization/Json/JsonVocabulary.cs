using System.Text;
using System.Text.Json;

namespace JourneyKit.Serialization.Json;

/// <summary>The words of the JSON formats (the map's, and the analysis's, which only writes): how each enum value is spelled, in both directions.</summary>
internal static class JsonVocabulary
{
    public static readonly EnumWords<JourneyKind> JourneyKinds = new(
        (JourneyKind.Custom, "custom"), (JourneyKind.Purchase, "purchase"), (JourneyKind.LeadGeneration, "leadGeneration"),
        (JourneyKind.Engagement, "engagement"), (JourneyKind.Retention, "retention"), (JourneyKind.Onboarding, "onboarding"),
        (JourneyKind.Support, "support"));

    public static readonly EnumWords<Audience> Audiences = new((Audience.B2C, "b2c"), (Audience.B2B, "b2b"));

    public static readonly EnumWords<PainSeverity> Severities = new(
        (PainSeverity.Low, "low"), (PainSeverity.Medium, "medium"), (PainSeverity.High, "high"), (PainSeverity.Critical, "critical"));

    public static readonly EnumWords<EvidenceKind> EvidenceKinds = new((EvidenceKind.Quote, "quote"), (EvidenceKind.Observation, "observation"), (EvidenceKind.Data, "data"));

    public static readonly EnumWords<Level> Levels = new((Level.Low, "low"), (Level.Medium, "medium"), (Level.High, "high"));

    public static readonly EnumWords<OpportunityStatus> Statuses = new(
        (OpportunityStatus.Idea, "idea"), (OpportunityStatus.Planned, "planned"), (OpportunityStatus.InProgress, "inProgress"),
        (OpportunityStatus.Done, "done"), (OpportunityStatus.Rejected, "rejected"));

    public static readonly EnumWords<MetricKind> MetricKinds = new(
        (MetricKind.Custom, "custom"), (MetricKind.Conversion, "conversion"), (MetricKind.DropOff, "dropOff"),
        (MetricKind.Completion, "completion"), (MetricKind.Csat, "csat"), (MetricKind.Nps, "nps"), (MetricKind.Ces, "ces"),
        (MetricKind.Duration, "duration"));

    public static readonly EnumWords<MetricDirection> Directions = new(
        (MetricDirection.HigherIsBetter, "higherIsBetter"), (MetricDirection.LowerIsBetter, "lowerIsBetter"));

    public static readonly EnumWords<BackStageKind> BackStageKinds = new(
        (BackStageKind.System, "system"), (BackStageKind.Process, "process"), (BackStageKind.People, "people"));

    public static readonly EnumWords<TransitionKind> TransitionKinds = new(
        (TransitionKind.Branch, "branch"), (TransitionKind.Loop, "loop"), (TransitionKind.Exit, "exit"));

    public static readonly EnumWords<Analysis.RouteEnd> RouteEnds = new(
        (Analysis.RouteEnd.Finished, "finished"), (Analysis.RouteEnd.Exited, "exited"), (Analysis.RouteEnd.Stuck, "stuck"));

    public static readonly EnumWords<Analysis.Quadrant> Quadrants = new(
        (Analysis.Quadrant.QuickWin, "quickWin"), (Analysis.Quadrant.MajorProject, "majorProject"), (Analysis.Quadrant.FillIn, "fillIn"),
        (Analysis.Quadrant.Reconsider, "reconsider"));
}

/// <summary>The JSON spelling of each value of one enum.</summary>
internal sealed class EnumWords<TEnum>
    where TEnum : struct, Enum
{
    private readonly (TEnum Value, byte[] Utf8, JsonEncodedText Encoded)[] _words;

    public EnumWords(params (TEnum Value, string Word)[] words)
    {
        _words = [.. words.Select(w => (w.Value, Encoding.UTF8.GetBytes(w.Word), JsonEncodedText.Encode(w.Word)))];
        Words = string.Join(", ", words.Select(w => $"'{w.Word}'"));
    }

    /// <summary>Gets every word, quoted, for error messages.</summary>
    public string Words { get; }

    public JsonEncodedText Encode(TEnum value)
    {
        foreach (var word in _words)
        {
            if (EqualityComparer<TEnum>.Default.Equals(word.Value, value))
            {
                return word.Encoded;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name} has no JSON word for this value.");
    }

    public bool TryDecode(string word, out TEnum value) => TryDecode(Encoding.UTF8.GetBytes(word), out value);

    public bool TryDecode(ReadOnlySpan<byte> utf8, out TEnum value)
    {
        foreach (var word in _words)
        {
            if (utf8.SequenceEqual(word.Utf8))
            {
                value = word.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
