namespace JourneyKit.Validation.Rules;

/// <summary>
/// The paths through a map with transitions. Steps follow each other in timeline order unless the known shares
/// of the transitions leaving a step add up to all customers; branches and loops add edges; exits, and going on
/// from the last step, end the journey.
/// Built only for maps with transitions, in memory proportional to their steps.
/// </summary>
internal sealed class FlowGraph
{
    private FlowGraph(JourneyMap map)
    {
        var count = 0;
        foreach (var stage in map.Stages)
        {
            count += stage.Steps.Count;
        }

        Steps = new (Stage, Step)[count];
        var index = new Dictionary<string, int>(count, StringComparer.Ordinal);
        var i = 0;
        foreach (var stage in map.Stages)
        {
            foreach (var step in stage.Steps)
            {
                index[step.Id] = i;
                Steps[i++] = (stage, step);
            }
        }

        var leavingShare = new decimal[count];
        var shareUnknown = new bool[count];
        var exits = new bool[count];
        var edges = new List<(int From, int To)>();
        foreach (var transition in map.Transitions)
        {
            var from = index[transition.FromStepId];
            if (transition.Share is { } share)
            {
                leavingShare[from] += share;
            }
            else
            {
                shareUnknown[from] = true;
            }

            if (transition.ToStepId is { } to)
            {
                edges.Add((from, index[to]));
            }
            else
            {
                exits[from] = true;
            }
        }

        bool GoesOn(int step) => shareUnknown[step] || leavingShare[step] < 1m;
        for (var step = 0; step + 1 < count; step++)
        {
            if (GoesOn(step))
            {
                edges.Add((step, step + 1));
            }
        }

        Reachable = Search(count, count == 0 ? [] : [0], edges, reverse: false);
        var finishes = Enumerable.Range(0, count).Where(s => exits[s] || (s == count - 1 && GoesOn(s))).ToArray();
        CanFinish = Search(count, finishes, edges, reverse: true);
    }

    public (Stage Stage, Step Step)[] Steps { get; }

    public bool[] Reachable { get; }

    public bool[] CanFinish { get; }

    public static FlowGraph? Of(JourneyMap map) => map.Transitions.IsEmpty ? null : new FlowGraph(map);

    private static bool[] Search(int count, int[] starts, List<(int From, int To)> edges, bool reverse)
    {
        var next = new List<int>[count];
        foreach (var (from, to) in edges)
        {
            var (a, b) = reverse ? (to, from) : (from, to);
            (next[a] ??= []).Add(b);
        }

        var seen = new bool[count];
        var pending = new Stack<int>(starts);
        foreach (var start in starts)
        {
            seen[start] = true;
        }

        while (pending.TryPop(out var node))
        {
            foreach (var target in next[node] ?? [])
            {
                if (!seen[target])
                {
                    seen[target] = true;
                    pending.Push(target);
                }
            }
        }

        return seen;
    }
}

internal sealed class UnreachableStepRule() : WalkingRule("JK1023", IssueSeverity.Warning, RuleCategory.Flow)
{
    public override void Begin(RuleContext context)
    {
        if (FlowGraph.Of(context.Map) is not { } graph)
        {
            return;
        }

        for (var i = 0; i < graph.Steps.Length; i++)
        {
            if (!graph.Reachable[i])
            {
                var (stage, step) = graph.Steps[i];
                Report(context, ValidationLocation.Of(stage, step), step.Name, step.Id);
            }
        }
    }
}

internal sealed class DeadEndRule() : WalkingRule("JK1024", IssueSeverity.Warning, RuleCategory.Flow)
{
    public override void Begin(RuleContext context)
    {
        if (FlowGraph.Of(context.Map) is not { } graph)
        {
            return;
        }

        for (var i = 0; i < graph.Steps.Length; i++)
        {
            if (graph.Reachable[i] && !graph.CanFinish[i])
            {
                var (stage, step) = graph.Steps[i];
                Report(context, ValidationLocation.Of(stage, step), step.Name, step.Id);
            }
        }
    }
}
