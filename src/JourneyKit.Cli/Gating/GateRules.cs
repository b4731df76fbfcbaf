using System.Globalization;
using JourneyKit.Cli.Configuration;
using JourneyKit.Cli.Findings;
using JourneyKit.Cli.Inputs;
using JourneyKit.Diffing;
using JourneyKit.Localization;
using JourneyKit.Validation;

namespace JourneyKit.Cli.Gating;

/// <summary>
/// Experience regressions between two revisions of a map, each with an id and a severity: what a team does not let a
/// change do to its customers.
/// </summary>
internal static class GateRules
{
    public static readonly FindingRule NewPainPoint = new("JKG001", "New pain point",
        "A revision adds a pain point at or above the gate's severity (gate.painPointSeverity, high by default), or makes one that severe. Address it before the change lands, or raise the threshold.", IssueSeverity.Error, "cli.md");

    public static readonly FindingRule EmotionDrop = new("JKG002", "Emotion drop",
        "A step feels worse by at least the gate's number of points (gate.emotionDrop, 2 by default), for everyone or for a persona.", IssueSeverity.Error, "cli.md");

    public static readonly FindingRule MetricAwayFromTarget = new("JKG003", "Metric moving away from its target",
        "A metric's actual value moved away from its target.", IssueSeverity.Warning, "cli.md");

    public static readonly FindingRule OpportunityDropped = new("JKG004", "Opportunity dropped without being done",
        "A revision removes an opportunity that was neither done nor rejected: mark it done or rejected instead, so the decision is recorded.", IssueSeverity.Warning, "cli.md");

    public static readonly FindingRule ValidationErrorIntroduced = new("JKG005", "Validation error introduced",
        "A revision introduces a validation error the base did not have.", IssueSeverity.Error, "cli.md");

    public static readonly FindingRule StageLostOwner = new("JKG006", "Stage lost its owner",
        "A stage that had an owner has none in the revision: someone must answer for every stage.", IssueSeverity.Warning, "cli.md");

    public static readonly FindingRule[] All = [NewPainPoint, EmotionDrop, MetricAwayFromTarget, OpportunityDropped, ValidationErrorIntroduced, StageLostOwner];

    public static IEnumerable<string> Ids => All.Select(r => r.Id);

    public static List<Finding> Check(MapSource revisionSource, JourneyMap before, JourneyMap after, ToolConfig config, TimeProvider time, JourneyLanguage language)
    {
        var rules = config.RuleSet();
        var texts = GateTexts.For(language);
        var summary = DiffSummary.Of(before, after, issuesBefore: rules.Validate(before, time, language), issuesAfter: rules.Validate(after, time, language));
        var locator = JsonLocator.Of(revisionSource.Bytes);
        var findings = new List<Finding>();
        void Add(FindingRule rule, string message, string path)
        {
            var severity = config.Gate.Severities.TryGetValue(rule.Id, out var configured) ? configured : rule.DefaultSeverity;
            if (severity != IssueSeverity.Off)
            {
                var (line, column) = locator.Find(path);
                var shown = rule with { ShownTitle = texts.Title(rule.Id) };
                findings.Add(new Finding(shown, severity, message, revisionSource.Name, line, column, path));
            }
        }

        foreach (var pain in summary.NewPainPoints.Where(p => p.Element.Severity >= config.Gate.PainPointSeverity))
        {
            Add(NewPainPoint, texts.Format(texts.NewPainPoint, Word(language, pain.Element.Severity), pain.Element.Description, pain.StepName),
                $"{StepPath(after, pain.StepId)}/painPoints/{pain.Element.Id}");
        }

        foreach (var change in summary.Diff.Changes.Where(c => c is { Kind: ChangeKind.PropertyChanged, ElementKind: ElementKind.PainPoint, Property: "severity" }))
        {
            if (change.TryGetBefore(out PainSeverity was) && change.TryGetAfter(out PainSeverity now) && was < config.Gate.PainPointSeverity && now >= config.Gate.PainPointSeverity)
            {
                Add(NewPainPoint, $"{change.Describe(language)}.", change.Path.Value.Replace("/severity", "", StringComparison.Ordinal));
            }
        }

        foreach (var shift in summary.EmotionShifts.Where(s => s.Delta is { } delta && -delta >= config.Gate.EmotionDrop))
        {
            var whose = shift.PersonaId is null ? "" : texts.Format(texts.ForPersona, shift.PersonaId);
            Add(EmotionDrop, texts.Format(texts.EmotionDrop, shift.StepName, -shift.Delta, whose, Score(shift.Before), Score(shift.After)),
                StepPath(after, shift.StepId) + (shift.PersonaId is null ? "/emotion" : $"/emotions/{shift.PersonaId}"));
        }

        var metricPaths = MetricPaths(after);
        foreach (var metric in summary.MetricMovements.Where(m => m.Trend == MetricTrend.AwayFromTarget))
        {
            Add(MetricAwayFromTarget, texts.Format(texts.MetricAway, metric.Name, metric.Location, metric.Before, metric.After, metric.Target),
                metricPaths.GetValueOrDefault(metric.MetricId, ""));
        }

        foreach (var dropped in summary.DroppedOpportunities.Where(o => o.Element.Status is not (OpportunityStatus.Done or OpportunityStatus.Rejected)))
        {
            Add(OpportunityDropped, texts.Format(texts.OpportunityDropped, dropped.Element.Title, Word(language, dropped.Element.Status), dropped.StepName),
                StepPath(after, dropped.StepId) is { Length: > 0 } step ? step : StagePath(after, before.FindStageOf(dropped.StepId)?.Id));
        }

        foreach (var issue in summary.IssuesIntroduced.Where(i => i.Severity == IssueSeverity.Error))
        {
            Add(ValidationErrorIntroduced, $"{issue.RuleId}: {issue.Message}", issue.Path.Value);
        }

        foreach (var reassignment in summary.OwnerReassignments.Where(r => r.Element.Kind == ElementKind.Stage && r.Before is not null && r.After is null))
        {
            Add(StageLostOwner, texts.Format(texts.StageLostOwner, reassignment.Location, reassignment.Before), $"/stages/{reassignment.Element.Id}");
        }

        return findings;
    }

    /// <summary>A value of the model as the language's changes name it (<c>high</c>, <c>hoch</c>; <c>inProgress</c>, <c>in Arbeit</c>).</summary>
    private static string Word<T>(JourneyLanguage language, T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return language["Value." + char.ToLowerInvariant(name[0]) + name[1..]];
    }

    private static string Score(int? score) => score?.ToString("+0;-0;0", CultureInfo.InvariantCulture) ?? "";

    private static string StepPath(JourneyMap map, string stepId) =>
        map.FindStageOf(stepId) is { } stage ? $"/stages/{stage.Id}/steps/{stepId}" : "";

    /// <summary>Where a step that is gone was: its stage, if the revision still has it.</summary>
    private static string StagePath(JourneyMap map, string? stageId) =>
        stageId is not null && map.FindStage(stageId) is not null ? $"/stages/{stageId}" : "";

    /// <summary>The path of every metric of the map, by id: one walk, however many metrics moved.</summary>
    private static Dictionary<string, string> MetricPaths(JourneyMap map)
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var stage in map.Stages)
        {
            foreach (var metric in stage.Metrics)
            {
                paths.TryAdd(metric.Id, $"/stages/{stage.Id}/metrics/{metric.Id}");
            }

            foreach (var step in stage.Steps)
            {
                foreach (var metric in step.Metrics)
                {
                    paths.TryAdd(metric.Id, $"/stages/{stage.Id}/steps/{step.Id}/metrics/{metric.Id}");
                }
            }
        }

        return paths;
    }
}
