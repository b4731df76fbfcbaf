using JourneyKit.Presentation;

namespace JourneyKit.Rendering.Svg;

/// <summary>
/// The step lanes of the picture: the blocks each lane holds for a step (with the removed elements of the earlier
/// revision drawn in place), and the texts those blocks show, worked out once per map.
/// </summary>
internal sealed partial class MapPainter
{
    private delegate void CellFiller(Column column, Step step, Step? old, double width, BlockBuffer cell);

    private (MapLanes Lane, string Name, CellFiller Fill, bool BelowLine)[] Lanes() =>
    [
        (MapLanes.Touchpoints, "Touchpoints", TouchpointBlocks, false),
        (MapLanes.Actions, "Doing", (c, s, old, w, cell) => TextBlocks(c, s.Actions, old?.Actions, "action", w, false, cell), false),
        (MapLanes.Thoughts, "Thinking", (c, s, old, w, cell) => TextBlocks(c, s.Thoughts, old?.Thoughts, "thought", w, true, cell), false),
        (MapLanes.PainPoints, "Pain points", PainPointBlocks, false),
        (MapLanes.Opportunities, "Opportunities", OpportunityBlocks, false),
        (MapLanes.OwnersAndMetrics, "Owners & metrics", OwnerAndMetricBlocks, false),
        (MapLanes.BackStage, "Back stage", BackStageBlocks, true),
    ];

    /// <summary>Lays out one lane: the blocks of column <c>i</c> are <c>blocks[starts[i]..starts[i + 1]]</c>. Returns whether it has any.</summary>
    private bool Fill(List<Column> columns, CellFiller fill, BlockBuffer blocks, int[] starts)
    {
        var width = _column - (CellPad * 2) - (BlockPad * 2) - 8;
        blocks.Clear();
        for (var i = 0; i < columns.Count; i++)
        {
            starts[i] = blocks.Count;
            var column = columns[i];
            if (column.Step is not null)
            {
                var old = column.Ghost || _before is null ? null : _before.FindStep(_marks.EarlierId(ElementKind.Step, column.Step.Id));
                fill(column, column.Step, old, width, blocks);
            }
        }

        starts[columns.Count] = blocks.Count;
        return blocks.Count > 0;
    }

    private void StepBlocks(Column column, Step step, Step? old, double width, BlockBuffer cell)
    {
        var lines = Wrap(step.Name, width, 13 * Bold);
        WrappedText? badge = null;
        if (step.IsMilestone || step.Duration is not null)
        {
            var facts = new List<string>();
            if (step.IsMilestone)
            {
                facts.Add("◆ milestone");
            }

            if (step.Duration is { } duration)
            {
                facts.Add($"⏱ {MapText.Duration(duration)}");
            }

            badge = Badge(string.Join(" · ", facts), width);
        }

        cell.Add(new Block("step", lines, badge, MarkOf(column, ElementKind.Step, step.Id), _marks.Details(ElementKind.Step, step.Id)));
        if (step.Description is { } description)
        {
            cell.Add(new Block("note", Wrap(description, width, FontSize), null, Mark.None, null));
        }
    }

    private void TouchpointBlocks(Column column, Step step, Step? old, double width, BlockBuffer cell)
    {
        var before = old is null ? null : new Membership(old.TouchpointIds);
        var now = new Membership(step.TouchpointIds);
        foreach (var id in step.TouchpointIds)
        {
            var added = before is not null && !before.Contains(id);
            cell.Add(new Block("touchpoint", Wrap(_touchpointText.GetValueOrDefault(id, id), width, FontSize, remember: true), null, column.Ghost ? Mark.Removed : added ? Mark.Added : Mark.None, null));
        }

        foreach (var id in old?.TouchpointIds ?? [])
        {
            if (!now.Contains(id))
            {
                cell.Add(new Block("touchpoint", Wrap(_touchpointText.GetValueOrDefault(id, id), width, FontSize, remember: true), null, Mark.Removed, null));
            }
        }
    }

    private void TextBlocks(Column column, ValueList<string> items, ValueList<string>? old, string cls, double width, bool quoted, BlockBuffer cell)
    {
        // Quotes are added when drawing; the text wraps as if they were there.
        var room = quoted ? width - (2 * 0.6 * FontSize) : width;
        var before = old is { } earlier ? new Membership(earlier) : null;
        var now = new Membership(items);
        foreach (var item in items)
        {
            var added = before is not null && !before.Contains(item);
            cell.Add(new Block(cls, Wrap(item, room, FontSize), null, column.Ghost ? Mark.Removed : added ? Mark.Added : Mark.None, null, Quoted: quoted));
        }

        foreach (var item in old ?? [])
        {
            if (!now.Contains(item))
            {
                cell.Add(new Block(cls, Wrap(item, room, FontSize), null, Mark.Removed, null, Quoted: quoted));
            }
        }
    }

    /// <summary>Lists a step's children, then those the diff removed from it, drawn as ghosts.</summary>
    private List<(T Element, bool Ghost)> WithRemoved<T>(Column column, ValueList<T> current, Step? old)
        where T : class
    {
        var all = new List<(T, bool)>(current.Count);
        foreach (var element in current)
        {
            all.Add((element, column.Ghost));
        }

        if (old is not null)
        {
            foreach (var (_, removed) in _marks.RemovedFrom<T>(ElementKind.Step, old.Id))
            {
                all.Add((removed, true));
            }
        }

        return all;
    }

    private void PainPointBlocks(Column column, Step step, Step? old, double width, BlockBuffer cell)
    {
        if (old is null && step.PainPoints.Count <= 1)
        {
            foreach (var pain in step.PainPoints)
            {
                AddPainPoint(pain, column.Ghost, width, cell);
            }

            return;
        }

        var pains = WithRemoved(column, step.PainPoints, old);
        pains.Sort((a, b) => b.Element.Severity.CompareTo(a.Element.Severity));
        foreach (var (pain, ghost) in pains)
        {
            AddPainPoint(pain, ghost, width, cell);
        }
    }

    private void AddPainPoint(PainPoint pain, bool ghost, double width, BlockBuffer cell)
    {
        var bar = 3 + ((int)pain.Severity * 2);
        cell.Add(new Block("pain", Wrap(pain.Description, width, FontSize), Badge(MapText.Severity(pain.Severity) + MapText.EvidenceMarker(pain), width - bar),
            ghost ? Mark.Removed : _marks.Of(ElementKind.PainPoint, pain.Id), _marks.Details(ElementKind.PainPoint, pain.Id), bar, _theme.PainPoint));
    }

    private void OpportunityBlocks(Column column, Step step, Step? old, double width, BlockBuffer cell)
    {
        if (old is null && step.Opportunities.Count <= 1)
        {
            foreach (var opportunity in step.Opportunities)
            {
                AddOpportunity(opportunity, column.Ghost, width, cell);
            }

            return;
        }

        var opportunities = WithRemoved(column, step.Opportunities, old);
        opportunities.Sort((a, b) => b.Element.Impact != a.Element.Impact ? b.Element.Impact.CompareTo(a.Element.Impact) : a.Element.Effort.CompareTo(b.Element.Effort));
        foreach (var (opportunity, ghost) in opportunities)
        {
            AddOpportunity(opportunity, ghost, width, cell);
        }
    }

    private void AddOpportunity(Opportunity opportunity, bool ghost, double width, BlockBuffer cell)
    {
        var lines = Wrap(opportunity.Title, width, FontSize);
        if (opportunity.OwnerId is { } owner)
        {
            lines = lines.Concat(Wrap(OwnerText(owner), width, FontSize, remember: true));
        }

        cell.Add(new Block("opportunity", lines, Badge(OpportunityFacts(opportunity), width - 5), ghost ? Mark.Removed : _marks.Of(ElementKind.Opportunity, opportunity.Id),
            _marks.Details(ElementKind.Opportunity, opportunity.Id), 5, _theme.Opportunity));
    }

    private void OwnerAndMetricBlocks(Column column, Step step, Step? old, double width, BlockBuffer cell)
    {
        if (step.OwnerId is { } owner)
        {
            cell.Add(new Block("owner", Wrap(OwnerText(owner), width, FontSize, remember: true), null, column.Ghost ? Mark.Removed : Mark.None, null));
        }

        if (step.Metrics.IsEmpty && old is null)
        {
            return;
        }

        foreach (var (metric, ghost) in WithRemoved(column, step.Metrics, old))
        {
            cell.Add(new Block("metric", Wrap(MapText.Metric(metric), width, FontSize), null, ghost ? Mark.Removed : _marks.Of(ElementKind.Metric, metric.Id), _marks.Details(ElementKind.Metric, metric.Id)));
        }
    }

    private void BackStageBlocks(Column column, Step step, Step? old, double width, BlockBuffer cell)
    {
        if (old is null)
        {
            foreach (var item in step.BackStage)
            {
                AddBackStageItem(item, column.Ghost, width, cell);
            }

            return;
        }

        foreach (var (item, ghost) in WithRemoved(column, step.BackStage, old))
        {
            AddBackStageItem(item, ghost, width, cell);
        }
    }

    private void AddBackStageItem(BackStageItem item, bool ghost, double width, BlockBuffer cell)
    {
        var lines = Wrap(item.Name, width, FontSize);
        if (item.Description is { } description)
        {
            lines = lines.Concat(Wrap(description, width, FontSize));
        }

        cell.Add(new Block("backstage", lines, Badge(KindWord(item.Kind), width - 5), ghost ? Mark.Removed : _marks.Of(ElementKind.BackStageItem, item.Id),
            _marks.Details(ElementKind.BackStageItem, item.Id), 5, _theme.BackStage));
    }

    private Mark MarkOf(Column column, ElementKind kind, string id) => column.Ghost ? Mark.Removed : _marks.Of(kind, id);

    private string OwnerName(string id) => (_map.FindOwner(id) ?? _before?.FindOwner(id))?.Name ?? id;

    /// <summary>Wraps a badge, which shows in capitals: a capital at 10px is about as wide as a small letter at 12px.</summary>
    private WrappedText Badge(string text, double width)
    {
        if (!_badges.TryGetValue((text, width), out var lines))
        {
            lines = Wrap(text.ToUpperInvariant(), width, FontSize * Bold);
            _badges[(text, width)] = lines;
        }

        return lines;
    }

    /// <summary>
    /// Wraps text to a width. Labels that maps repeat (owners, touchpoints, feelings) are remembered; remembering
    /// one-off text such as step names would only cost.
    /// </summary>
    private WrappedText Wrap(string text, double width, double fontSize, bool remember = false)
    {
        if (!remember)
        {
            return TextWrap.Wrap(text, width, fontSize);
        }

        if (!_wrapped.TryGetValue((text, width, fontSize), out var lines))
        {
            lines = TextWrap.Wrap(text, width, fontSize);
            _wrapped[(text, width, fontSize)] = lines;
        }

        return lines;
    }

    private string OwnerText(string ownerId)
    {
        if (!_ownerTexts.TryGetValue(ownerId, out var text))
        {
            text = $"Owner: {OwnerName(ownerId)}";
            _ownerTexts[ownerId] = text;
        }

        return text;
    }

    private string OpportunityFacts(Opportunity opportunity)
    {
        var key = (opportunity.Impact, opportunity.Effort, opportunity.Status);
        if (!_opportunityFacts.TryGetValue(key, out var text))
        {
            text = $"Impact {opportunity.Impact} · effort {opportunity.Effort} · {MapText.Status(opportunity.Status)}";
            _opportunityFacts[key] = text;
        }

        return text;
    }

    private static string KindWord(BackStageKind kind) => kind switch
    {
        BackStageKind.People => "People",
        BackStageKind.Process => "Process",
        _ => "System",
    };

    /// <summary>Says whether a list holds an item, through a set once the list is long, so comparing two long lists stays linear.</summary>
    private sealed class Membership(ValueList<string> items)
    {
        private HashSet<string>? _set;

        public bool Contains(string item) => items.Count <= 8 ? items.AsSpan().Contains(item) : (_set ??= new(items, StringComparer.Ordinal)).Contains(item);
    }
}
