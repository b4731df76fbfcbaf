using System.Globalization;
using System.Text;
using JourneyKit.Presentation;

namespace JourneyKit.Diffing.Reporting;

/// <summary>Writes a summary as a changelog: highlights first, then metrics, then every change grouped by stage.</summary>
internal sealed class ChangelogWriter(DiffSummary summary, bool markdown)
{
    private readonly StringBuilder _text = new();

    public string Write()
    {
        var before = summary.Before;
        var after = summary.After;
        Heading(1, $"Changes to {Quote(after.Title)}");
        if (before.Revision is not null || after.Revision is not null)
        {
            Line($"{Revision(before.Revision)} → {Revision(after.Revision)}.");
            Line();
        }

        var changes = summary.Diff.Changes;
        Line(changes.IsEmpty ? "No changes." : $"{changes.Count} change{(changes.Count == 1 ? "" : "s")}.");
        if (changes.IsEmpty)
        {
            return _text.ToString();
        }

        Line();
        WriteHighlights();
        WriteMetrics();
        WriteChanges();
        return _text.ToString().TrimEnd() + "\n";
    }

    private void WriteHighlights()
    {
        Heading(2, "Highlights");
        var any = false;
        any |= Item("New pain points", summary.NewPainPoints, p => $"{Quote(p.Element.Description)} ({Severity(p.Element.Severity)}) at {Emphasis(p.StepName)}");
        any |= Item("Resolved pain points", summary.ResolvedPainPoints, p => $"{Quote(p.Element.Description)} at {Emphasis(p.StepName)}");
        any |= Item("Opportunities added", summary.AddedOpportunities, o => $"{Quote(o.Element.Title)} at {Emphasis(o.StepName)}");
        any |= Item("Opportunities dropped", summary.DroppedOpportunities, o => $"{Quote(o.Element.Title)} at {Emphasis(o.StepName)}");
        any |= Item("Biggest emotion drops", summary.BiggestDrops, Shift);
        any |= Item("Biggest emotion rises", summary.BiggestRises, Shift);
        any |= Item("Owners reassigned", summary.OwnerReassignments, o => $"{Escape(o.Location)}: {Escape(o.Before ?? "nobody")} → {Escape(o.After ?? "nobody")}");
        any |= Item("Validation issues introduced", summary.IssuesIntroduced, i => $"{Code(i.RuleId)} {Escape(i.Location.Description)}: {Escape(i.Message)}");
        any |= Item("Validation issues resolved", summary.IssuesResolved, i => $"{Code(i.RuleId)} {Escape(i.Location.Description)}: {Escape(i.Message)}");
        if (!any)
        {
            Line("No change to pain points, opportunities, emotions, metrics, owners or validation issues.");
        }

        Line();
    }

    private void WriteMetrics()
    {
        if (summary.MetricMovements.IsEmpty)
        {
            return;
        }

        Heading(2, "Metrics");
        if (markdown)
        {
            Line("| Metric | Where | Before | After | Target | Trend |");
            Line("|---|---|---:|---:|---:|---|");
            foreach (var m in summary.MetricMovements)
            {
                Line($"| {Cell(m.Name)} | {Cell(m.Location)} | {Number(m.Before)} | {Number(m.After)} | {Number(m.Target)} | {Trend(m.Trend)} |");
            }
        }
        else
        {
            foreach (var m in summary.MetricMovements)
            {
                Line($"- {m.Name} ({m.Location}): {Number(m.Before)} → {Number(m.After)}, target {Number(m.Target)}: {Trend(m.Trend)}");
            }
        }

        Line();
    }

    private void WriteChanges()
    {
        Heading(2, "Changes");
        var stages = summary.After.Stages.Select(s => (s.Id, s.Name))
            .Concat(summary.Before.Stages.Where(s => summary.After.FindStage(s.Id) is null).Select(s => (s.Id, s.Name)))
            .ToList();
        var groups = summary.Diff.Changes.GroupBy(c => c.StageId).ToDictionary(g => g.Key ?? "", g => g.ToList());
        if (groups.TryGetValue("", out var mapChanges))
        {
            Heading(3, "Map and catalogs");
            List(mapChanges);
        }

        foreach (var (id, name) in stages)
        {
            if (groups.TryGetValue(id, out var stageChanges))
            {
                Heading(3, $"Stage {Quote(name)}");
                List(stageChanges);
            }
        }
    }

    private void List(List<JourneyChange> changes)
    {
        foreach (var change in changes)
        {
            Line("- " + Escape(change.Description));
        }

        Line();
    }

    private bool Item<T>(string title, ValueList<T> items, Func<T, string> show)
    {
        if (items.IsEmpty)
        {
            return false;
        }

        Line($"- {Strong($"{title} ({items.Count}):")}");
        foreach (var item in items)
        {
            Line("  - " + show(item));
        }

        return true;
    }

    private string Shift(EmotionShift shift) =>
        $"{Emphasis(shift.StepName)}{(shift.PersonaId is null ? "" : $" for {Escape(shift.PersonaId)}")} {Signed(shift.Delta!.Value)} ({Signed(shift.Before!.Value)} → {Signed(shift.After!.Value)})";

    private static string Signed(int value) => value > 0 ? "+" + value.ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture).Replace('-', '−');

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "–";

    private static string Severity(PainSeverity severity) => severity.ToString().ToLowerInvariant();

    private static string Trend(MetricTrend trend) => trend switch
    {
        MetricTrend.TowardTarget => "toward target",
        MetricTrend.AwayFromTarget => "away from target",
        MetricTrend.Better => "better",
        MetricTrend.Worse => "worse",
        MetricTrend.NewlyMeasured => "newly measured",
        MetricTrend.NoLongerMeasured => "no longer measured",
        _ => "target changed",
    };

    private static string Revision(Revision? revision) => revision is null
        ? "unrecorded revision"
        : $"revision {revision.Number.ToString(CultureInfo.InvariantCulture)}{(revision.Date is { } date ? $" ({date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : "")}";

    private void Heading(int level, string text)
    {
        Line(markdown ? new string('#', level) + " " + text : level == 1 ? text : text.ToUpperInvariant());
        Line();
    }

    private void Line(string text = "") => _text.Append(text).Append('\n');

    private string Quote(string text) => "“" + Escape(text) + "”";

    private string Emphasis(string text) => markdown ? "*" + Escape(text) + "*" : text;

    private string Strong(string text) => markdown ? "**" + text + "**" : text;

    private string Code(string text) => markdown ? "`" + text + "`" : text;

    private string Escape(string text) => markdown ? MarkdownText.Escape(text) : MarkdownText.OneLine(text);

    private static string Cell(string text) => MarkdownText.Escape(text);
}
