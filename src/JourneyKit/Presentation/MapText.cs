using System.Globalization;

namespace JourneyKit.Presentation;

/// <summary>The short readable forms of model values that every human-facing export shares, in the invariant culture.</summary>
internal static class MapText
{
    /// <summary>A score with its sign: +2, 0, -1.</summary>
    public static string Score(int score) => score.ToString("+0;-0;0", CultureInfo.InvariantCulture);

    public static string Revision(Revision revision) => string.Create(CultureInfo.InvariantCulture,
        $"Revision {revision.Number}{(revision.Date is { } date ? " of " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")}{(revision.Author is null ? "" : " by " + revision.Author)}");

    /// <summary>A metric with its value, target and whether it meets it: "Checkout conversion: 58% (target 70%) ✗ missed".</summary>
    public static string Metric(Metric metric)
    {
        static string Value(decimal value, string? unit) => value.ToString("0.##", CultureInfo.InvariantCulture) + (unit is null ? "" : unit.Length <= 1 ? unit : " " + unit);
        var text = metric.Name;
        if (metric.Actual is { } actual)
        {
            text += ": " + Value(actual, metric.Unit);
        }

        if (metric.Target is { } target)
        {
            text += (metric.Actual is null ? ": " : " ") + "(target " + Value(target, metric.Unit) + ")";
        }

        return metric.MeetsTarget switch
        {
            true => text + " ✓ met",
            false => text + " ✗ missed",
            null => text,
        };
    }

    /// <summary>The small marker a pain point carries in pictures when it cites evidence: " · 2 evidence".</summary>
    public static string EvidenceMarker(PainPoint painPoint) =>
        painPoint.EvidenceIds.IsEmpty ? "" : string.Create(CultureInfo.InvariantCulture, $" · {painPoint.EvidenceIds.Count} evidence");

    /// <summary>A severity in words with one to four exclamation marks, so it reads without colour.</summary>
    public static string Severity(PainSeverity severity) => severity switch
    {
        PainSeverity.Critical => "!!!! Critical",
        PainSeverity.High => "!!! High",
        PainSeverity.Medium => "!! Medium",
        _ => "! Low",
    };

    public static string Status(OpportunityStatus status) => status == OpportunityStatus.InProgress ? "in progress" : status.ToString().ToLowerInvariant();

    public static string Duration(TimeSpan duration) => duration.TotalDays >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalDays:0.#} d")
        : duration.TotalHours >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalHours:0.#} h")
        : duration.TotalMinutes >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMinutes:0.#} min")
        : string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.#} s");

    /// <summary>A step's emotions: "+1 hopeful", or "Ann: +1; Bob: -1 worried" when they differ by persona.</summary>
    public static string Feelings(JourneyMap map, Step step) => string.Join("; ", step.Emotions.Select(e =>
        (e.PersonaId is null ? "" : (map.FindPersona(e.PersonaId)?.Name ?? e.PersonaId) + ": ") + Score(e.Score) + (e.Label is null ? "" : " " + e.Label)));
}
