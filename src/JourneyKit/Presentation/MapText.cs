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

    /// <summary>How many stages and steps a map has: "3 stages, 4 steps", "3 个阶段，4 个步骤".</summary>
    public static string StagesAndSteps(JourneyMap map, JourneyLanguage language) =>
        language.Format("Count.StagesAndSteps", language.Plural("Count.Stages", map.Stages.Count), language.Plural("Count.Steps", map.Steps.Count));

    /// <summary>A severity as a plain word, for tables: "Critical", "Kritisch".</summary>
    public static string SeverityWord(PainSeverity severity, JourneyLanguage language) => language[severity switch
    {
        PainSeverity.Critical => "Severity.Word.Critical",
        PainSeverity.High => "Severity.Word.High",
        PainSeverity.Medium => "Severity.Word.Medium",
        _ => "Severity.Word.Low",
    }];

    /// <summary>The kind of a journey with its audience: "Purchase journey, B2C".</summary>
    public static string KindAndAudience(JourneyMap map, JourneyLanguage language) => language.Format(
        "Page.KindAudience",
        language["Page.Kind." + map.Kind switch
        {
            JourneyKind.Purchase => "Purchase",
            JourneyKind.LeadGeneration => "LeadGeneration",
            JourneyKind.Engagement => "Engagement",
            JourneyKind.Retention => "Retention",
            JourneyKind.Onboarding => "Onboarding",
            JourneyKind.Support => "Support",
            _ => "Custom",
        }],
        map.Audience == Audience.B2B ? "B2B" : "B2C");

    public static string PathKind(TransitionKind kind, JourneyLanguage language) => language[kind switch
    {
        TransitionKind.Loop => "Path.Kind.Loop",
        TransitionKind.Exit => "Path.Kind.Exit",
        _ => "Path.Kind.Branch",
    }];

    public static string EvidenceKind(EvidenceKind kind, JourneyLanguage language) => language[kind switch
    {
        JourneyKit.EvidenceKind.Observation => "Evidence.Kind.Observation",
        JourneyKit.EvidenceKind.Data => "Evidence.Kind.Data",
        _ => "Evidence.Kind.Quote",
    }];

    public static string BackStageKind(BackStageKind kind, JourneyLanguage language) => language[kind switch
    {
        JourneyKit.BackStageKind.People => "BackStage.People",
        JourneyKit.BackStageKind.Process => "BackStage.Process",
        _ => "BackStage.System",
    }];

    /// <summary>A word with its first letter in upper case, to start a cell: "Pain point", "Стъпка".</summary>
    public static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>A date as every export writes it, ISO 8601 (<c>2026-11-27</c>), which reads the same in every language.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

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
