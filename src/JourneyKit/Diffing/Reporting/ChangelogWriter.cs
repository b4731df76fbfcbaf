using System.Globalization;
using System.Text;
using JourneyKit.Localization;
using JourneyKit.Presentation;

namespace JourneyKit.Diffing.Reporting;

/// <summary>Writes a summary as a changelog in a language: highlights first, then metrics, then every change grouped by stage.</summary>
internal sealed class ChangelogWriter(DiffSummary summary, bool markdown, JourneyLanguage language)
{
    private readonly StringBuilder _text = new();

    public string Write()
    {
        var before = summary.Before;
        var after = summary.After;
        Heading(1, language.Format("Log.Title", Quote(after.Title)));
        if (before.Revision is not null || after.Revision is not null)
        {
            Line(language.Format("Log.Revisions", Revision(before.Revision), Revision(after.Revision)));
            Line();
        }

        var changes = summary.Diff.Changes;
        Line(changes.IsEmpty ? language["Log.NoChanges"] : language.Format(changes.Count == 1 ? "Log.Count.One" : "Log.Count.Other", changes.Count));
        if (changes.IsEmpty)
        {
            return _text.ToString();
        }

        Line();
        WriteHighlights();
        WriteExperience();
        WriteMetrics();
        WriteChanges();
        return _text.ToString().TrimEnd() + "\n";
    }

    private void WriteHighlights()
    {
        Heading(2, language["Log.Highlights"]);
        var any = false;
        any |= Item("Log.NewPainPoints", summary.NewPainPoints, p => language.Format("Log.PainPointAt", Quote(p.Element.Description), Severity(p.Element.Severity), Emphasis(p.StepName)));
        any |= Item("Log.ResolvedPainPoints", summary.ResolvedPainPoints, p => language.Format("Log.At", Quote(p.Element.Description), Emphasis(p.StepName)));
        any |= Item("Log.AddedOpportunities", summary.AddedOpportunities, o => language.Format("Log.At", Quote(o.Element.Title), Emphasis(o.StepName)));
        any |= Item("Log.DroppedOpportunities", summary.DroppedOpportunities, o => language.Format("Log.At", Quote(o.Element.Title), Emphasis(o.StepName)));
        any |= Item("Log.BiggestDrops", summary.BiggestDrops, Shift);
        any |= Item("Log.BiggestRises", summary.BiggestRises, Shift);
        any |= Item("Log.OwnersReassigned", summary.OwnerReassignments, o => language.Format("Log.Reassigned", Escape(o.Location), Escape(o.Before ?? language["Log.Nobody"]), Escape(o.After ?? language["Log.Nobody"])));
        any |= Item("Log.IssuesIntroduced", summary.IssuesIntroduced, i => $"{Code(i.RuleId)} {Escape(i.Location.Description)}: {Escape(i.Message)}");
        any |= Item("Log.IssuesResolved", summary.IssuesResolved, i => $"{Code(i.RuleId)} {Escape(i.Location.Description)}: {Escape(i.Message)}");
        if (!any)
        {
            Line(language["Log.NoHighlights"]);
        }

        Line();
    }

    /// <summary>The journey's conversion and each stage's verdict, when any moved; stages that did not are named on one line.</summary>
    private void WriteExperience()
    {
        var moved = summary.StageVerdicts.Where(v => v.Verdict != ExperienceVerdict.Unchanged).ToList();
        var (was, now) = (summary.JourneyConversionBefore, summary.JourneyConversionAfter);
        if (moved.Count == 0 && was == now && summary.MomentsEnteringTop.IsEmpty && summary.MomentsLeavingTop.IsEmpty)
        {
            return;
        }

        Heading(2, language["Log.Experience"]);
        Line(language.Format("Log.JourneyConversion", Percent(was), Percent(now)));
        Line();
        if (moved.Count > 0)
        {
            if (markdown)
            {
                Line($"| {language["Log.StageColumn"]} | {language["Log.Verdict"]} | {language["Log.Conversion"]} | {language["Log.Emotion"]} | {language["Log.Hurt"]} |");
                Line("|---|---|---:|---:|---:|");
                foreach (var v in moved)
                {
                    Line($"| {Cell(v.StageName)} | {Verdict(v.Verdict)} | {Moved(v.ConversionBefore, v.ConversionAfter, Percent)} | {Moved(v.EmotionBefore, v.EmotionAfter, Score)} | {Moved(v.HurtBefore, v.HurtAfter, Hurt)} |");
                }
            }
            else
            {
                foreach (var v in moved)
                {
                    Line("- " + language.Format("Log.StageLine", Escape(v.StageName), Verdict(v.Verdict),
                        Moved(v.ConversionBefore, v.ConversionAfter, Percent), Moved(v.EmotionBefore, v.EmotionAfter, Score), Moved(v.HurtBefore, v.HurtAfter, Hurt)));
                }
            }

            var unchanged = summary.StageVerdicts.Where(v => v.Verdict == ExperienceVerdict.Unchanged).Select(v => Escape(v.StageName)).ToList();
            if (unchanged.Count > 0)
            {
                Line();
                Line(language.Format("Log.UnchangedStages", string.Join(language["Log.ListSeparator"], unchanged)));
            }

            Line();
        }

        var any = Moments("Log.MomentsEntering", summary.MomentsEnteringTop, summary.After);
        any |= Moments("Log.MomentsLeaving", summary.MomentsLeavingTop, summary.Before);
        if (any)
        {
            Line();
        }
    }

    private bool Moments(string titleKey, ValueList<Analysis.MomentThatMatters> moments, JourneyMap map)
    {
        if (moments.IsEmpty)
        {
            return false;
        }

        Line("- " + Strong(language.Format("Log.Item", language.Format(titleKey, summary.TopMomentCount), moments.Count)));
        foreach (var moment in moments)
        {
            Line("  - " + language.Format("Log.Moment", Emphasis(map.FindStep(moment.StepId)?.Name ?? moment.StepId), Hurt(moment.Hurt)));
        }

        return true;
    }

    private static string Moved(decimal? before, decimal? after, Func<decimal?, string> show) => before == after ? show(after) : show(before) + " → " + show(after);

    private string Percent(decimal? share) => share is { } s ? language.Format("Log.Percent", language.Number(s * 100m)) : "–";

    private string Score(decimal? score) => score switch
    {
        null => "–",
        > 0m => "+" + language.Number(score.Value),
        < 0m => "−" + language.Number(-score.Value),
        _ => "0",
    };

    private string Hurt(decimal? hurt) => hurt is { } h ? language.Number(h) : "–";

    private string Verdict(ExperienceVerdict verdict) => language["Verdict." + verdict];

    private void WriteMetrics()
    {
        if (summary.MetricMovements.IsEmpty)
        {
            return;
        }

        Heading(2, language["Log.Metrics"]);
        if (markdown)
        {
            Line($"| {language["Log.Metric"]} | {language["Log.Where"]} | {language["Log.Before"]} | {language["Log.After"]} | {language["Log.Target"]} | {language["Log.Trend"]} |");
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
                Line("- " + language.Format("Log.MetricLine", m.Name, m.Location, Number(m.Before), Number(m.After), Number(m.Target), Trend(m.Trend)));
            }
        }

        Line();
    }

    private void WriteChanges()
    {
        Heading(2, language["Log.Changes"]);
        var stages = summary.After.Stages.Select(s => (s.Id, s.Name))
            .Concat(summary.Before.Stages.Where(s => summary.After.FindStage(s.Id) is null).Select(s => (s.Id, s.Name)))
            .ToList();
        var groups = summary.Diff.Changes.GroupBy(c => c.StageId).ToDictionary(g => g.Key ?? "", g => g.ToList());
        if (groups.TryGetValue("", out var mapChanges))
        {
            Heading(3, language["Log.MapAndCatalogs"]);
            List(mapChanges);
        }

        foreach (var (id, name) in stages)
        {
            if (groups.TryGetValue(id, out var stageChanges))
            {
                Heading(3, language.Format("Log.Stage", Quote(name)));
                List(stageChanges);
            }
        }
    }

    private void List(List<JourneyChange> changes)
    {
        foreach (var change in changes)
        {
            Line("- " + Escape(change.Describe(language)));
        }

        Line();
    }

    private bool Item<T>(string titleKey, ValueList<T> items, Func<T, string> show)
    {
        if (items.IsEmpty)
        {
            return false;
        }

        Line("- " + Strong(language.Format("Log.Item", language[titleKey], items.Count)));
        foreach (var item in items)
        {
            Line("  - " + show(item));
        }

        return true;
    }

    private string Shift(EmotionShift shift) => shift.PersonaId is null
        ? language.Format("Log.Shift", Emphasis(shift.StepName), Signed(shift.Delta!.Value), Signed(shift.Before!.Value), Signed(shift.After!.Value))
        : language.Format("Log.ShiftFor", Emphasis(shift.StepName), Escape(shift.PersonaId), Signed(shift.Delta!.Value), Signed(shift.Before!.Value), Signed(shift.After!.Value));

    private static string Signed(int value) => value > 0 ? "+" + value.ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture).Replace('-', '−');

    private string Number(decimal? value) => value?.ToString(language.Numbers) ?? "–";

    private string Severity(PainSeverity severity) => language["Value." + severity.ToString().ToLowerInvariant()];

    private string Trend(MetricTrend trend) => language["Trend." + trend];

    private string Revision(Revision? revision) => revision is null
        ? language["Log.NoRevision"]
        : revision.Date is { } date
            ? language.Format("Log.RevisionOn", revision.Number.ToString(CultureInfo.InvariantCulture), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            : language.Format("Log.Revision", revision.Number.ToString(CultureInfo.InvariantCulture));

    private void Heading(int level, string text)
    {
        Line(markdown ? new string('#', level) + " " + text : level == 1 ? text : text.ToUpperInvariant());
        Line();
    }

    private void Line(string text = "") => _text.Append(text).Append('\n');

    private string Quote(string text) => language.Format("Log.Quoted", Escape(text));

    private string Emphasis(string text) => markdown ? "*" + Escape(text) + "*" : text;

    private string Strong(string text) => markdown ? "**" + text + "**" : text;

    private string Code(string text) => markdown ? "`" + text + "`" : text;

    private string Escape(string text) => markdown ? MarkdownText.Escape(text) : MarkdownText.OneLine(text);

    private static string Cell(string text) => MarkdownText.Escape(text);
}
