namespace JourneyKit.Validation.Rules;

/// <summary>Marks which entries of a catalog are used; allocates in proportion to the catalog, not to the map.</summary>
internal sealed class UsageMarks
{
    private readonly string[] _ids;
    private readonly Dictionary<string, int> _index;
    private readonly bool[] _used;

    public UsageMarks(string[] ids)
    {
        _ids = ids;
        _index = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            _index[ids[i]] = i;
        }

        _used = new bool[ids.Length];
    }

    /// <summary>Marks the entry <paramref name="id"/> names. References share the catalog's id instances, so a pointer comparison usually finds it without hashing.</summary>
    public void Mark(string? id)
    {
        if (id is null)
        {
            return;
        }

        for (var i = 0; i < _ids.Length && i < 16; i++)
        {
            if (ReferenceEquals(_ids[i], id))
            {
                _used[i] = true;
                return;
            }
        }

        if (_index.TryGetValue(id, out var index))
        {
            _used[index] = true;
        }
    }

    public bool IsUsed(int index) => _used[index];
}

internal sealed class UnusedTouchpointRule() : WalkingRule("JK1017", IssueSeverity.Info, RuleCategory.Catalog)
{
    public override bool VisitsSteps => true;

    public override void Begin(RuleContext context) =>
        context.State = context.Map.Touchpoints.IsEmpty ? null : new UsageMarks([.. context.Map.Touchpoints.Select(t => t.Id)]);

    public override void VisitStep(RuleContext context, Stage stage, Step step)
    {
        if (context.State is UsageMarks marks)
        {
            foreach (var id in step.TouchpointIds)
            {
                marks.Mark(id);
            }
        }
    }

    public override void End(RuleContext context)
    {
        if (context.State is not UsageMarks marks)
        {
            return;
        }

        var catalog = context.Map.Touchpoints;
        for (var i = 0; i < catalog.Count; i++)
        {
            if (!marks.IsUsed(i))
            {
                Report(context, ValidationLocation.Of(catalog[i]), catalog[i].Name, catalog[i].Id);
            }
        }
    }
}

internal sealed class UnusedChannelRule() : WalkingRule("JK1018", IssueSeverity.Info, RuleCategory.Catalog)
{
    public override void Begin(RuleContext context)
    {
        var catalog = context.Map.Channels;
        if (catalog.IsEmpty)
        {
            return;
        }

        var marks = new UsageMarks([.. catalog.Select(c => c.Id)]);
        foreach (var touchpoint in context.Map.Touchpoints)
        {
            marks.Mark(touchpoint.ChannelId);
        }

        for (var i = 0; i < catalog.Count; i++)
        {
            if (!marks.IsUsed(i))
            {
                Report(context, ValidationLocation.Of(catalog[i]), catalog[i].Name, catalog[i].Id);
            }
        }
    }
}

internal sealed class UnusedOwnerRule() : WalkingRule("JK1019", IssueSeverity.Info, RuleCategory.Catalog)
{
    public override bool VisitsStages => true;

    public override bool VisitsSteps => true;

    public override void Begin(RuleContext context) =>
        context.State = context.Map.Owners.IsEmpty ? null : new UsageMarks([.. context.Map.Owners.Select(o => o.Id)]);

    public override void VisitStage(RuleContext context, Stage stage) => (context.State as UsageMarks)?.Mark(stage.OwnerId);

    public override void VisitStep(RuleContext context, Stage stage, Step step)
    {
        if (context.State is UsageMarks marks)
        {
            marks.Mark(step.OwnerId);
            foreach (var opportunity in step.Opportunities)
            {
                marks.Mark(opportunity.OwnerId);
            }
        }
    }

    public override void End(RuleContext context)
    {
        if (context.State is not UsageMarks marks)
        {
            return;
        }

        var catalog = context.Map.Owners;
        for (var i = 0; i < catalog.Count; i++)
        {
            if (!marks.IsUsed(i))
            {
                Report(context, ValidationLocation.Of(catalog[i]), catalog[i].Name, catalog[i].Id);
            }
        }
    }
}

internal sealed class TouchpointWithoutChannelRule() : WalkingRule("JK1027", IssueSeverity.Info, RuleCategory.Catalog)
{
    public override void Begin(RuleContext context)
    {
        foreach (var touchpoint in context.Map.Touchpoints)
        {
            if (touchpoint.ChannelId is null)
            {
                Report(context, ValidationLocation.Of(touchpoint), touchpoint.Name, touchpoint.Id);
            }
        }
    }
}
