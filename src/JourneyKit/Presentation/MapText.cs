using System.Globalization;
using JourneyKit.Localization;

namespace JourneyKit.Presentation;

/// <summary>
/// The short readable forms of model values that every human-facing export shares, in a <see cref="JourneyLanguage"/>
/// (English when none is given), never in the thread's culture.
/// </summary>
internal static class MapText
{
    /// <summary>A score with its sign: +2, 0, -1.</summary>
    public static string Score(int score) => score.ToString("+0;-0;0", CultureInfo.InvariantCulture);

    public static string Revision(Revision revision, JourneyLanguage? language = null)
    {
        language ??= JourneyLanguage.English;
        return language.Format("Revision", revision.Number.ToString(CultureInfo.InvariantCulture))
            + (revision.Date is { } date ? language.Format("Revision.Of", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : "")
            + (revision.Author is null ? "" : language.Format("Revision.By", revision.Author));
    }

    /// <summary>A metric with its value, target and whether it meets it: "Checkout conversion: 58% (target 70%) ✗ missed".</summary>
    public static string Metric(Metric metric, JourneyLanguage? language = null)
    {
        language ??= JourneyLanguage.English;
        string Value(decimal value, string? unit) => language.Number(value) + (unit is null ? "" : unit.Length <= 1 ? unit : " " + unit);
        var text = metric.Name;
        if (metric.Actual is { } actual)
        {
            text += ": " + Value(actual, metric.Unit);
        }

        if (metric.Target is { } target)
        {
            text += (metric.Actual is null ? ": " : " ") + language.Format("Metric.Target", Value(target, metric.Unit));
        }

        return metric.MeetsTarget switch
        {
            true => text + " " + language["Metric.Met"],
            false => text + " " + language["Metric.Missed"],
            null => text,
        };
    }

    /// <summary>The small marker a pain point carries in pictures when it cites evidence: " · 2 evidence".</summary>
    public static string EvidenceMarker(PainPoint painPoint, JourneyLanguage? language = null) =>
        painPoint.EvidenceIds.IsEmpty ? "" : (language ?? JourneyLanguage.English).Format("Evidence.Count", painPoint.EvidenceIds.Count);

    /// <summary>A severity in words with one to four exclamation marks, so it reads without colour.</summary>
    public static string Severity(PainSeverity severity, JourneyLanguage? language = null) => (language ?? JourneyLanguage.English)[severity switch
    {
        PainSeverity.Critical => "Severity.Critical",
        PainSeverity.High => "Severity.High",
        PainSeverity.Medium => "Severity.Medium",
        _ => "Severity.Low",
    }];

    public static string Status(OpportunityStatus status, JourneyLanguage? language = null) => (language ?? JourneyLanguage.English)[status switch
    {
        OpportunityStatus.Planned => "Status.Planned",
        OpportunityStatus.InProgress => "Status.InProgress",
        OpportunityStatus.Done => "Status.Done",
        OpportunityStatus.Rejected => "Status.Rejected",
        _ => "Status.Idea",
    }];

    public static string Level(Level level, JourneyLanguage? language = null) => (language ?? JourneyLanguage.English)[level switch
    {
        JourneyKit.Level.High => "Level.High",
        JourneyKit.Level.Medium => "Level.Medium",
        _ => "Level.Low",
    }];

    /// <summary>A duration in its largest whole unit, with SI symbols (d, h, min, s) and the language's decimal separator.</summary>
    public static string Duration(TimeSpan duration, JourneyLanguage? language = null)
    {
        language ??= JourneyLanguage.English;
        return duration.TotalDays >= 1 ? language.Number(duration.TotalDays) + " d"
            : duration.TotalHours >= 1 ? language.Number(duration.TotalHours) + " h"
            : duration.TotalMinutes >= 1 ? language.Number(duration.TotalMinutes) + " min"
            : language.Number(duration.TotalSeconds) + " s";
    }

    /// <summary>A step's emotions: "+1 hopeful", or "Ann: +1; Bob: -1 worried" when they differ by persona.</summary>
    public static string Feelings(JourneyMap map, Step step) => string.Join("; ", step.Emotions.Select(e =>
        (e.PersonaId is null ? "" : (map.FindPersona(e.PersonaId)?.Name ?? e.PersonaId) + ": ") + Score(e.Score) + (e.Label is null ? "" : " " + e.Label)));
}
