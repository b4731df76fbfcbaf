namespace JourneyKit.Analysis;

/// <summary>
/// The ways customers move through a map, shared by validation's flow rules and the analysis. Steps follow each other
/// in timeline order unless the known shares of the transitions leaving a step add up to all customers; branches and
/// loops add edges; exits, and going on from the last step, end the journey. Each edge carries the share of the
/// customers at its step who take it. Built in time and memory linear in steps plus transitions.
/// </summary>
/// <remarks>
/// The shares a step's transitions leave unknown, and what is left of all customers after the known ones, are split
/// equally between the transitions without a share and going on in the timeline. Known shares that add up to more than
/// all customers are scaled down to add up to exactly all of them.
/// </remarks>
internal sealed class FlowGraph
{
    /// <summary>The target of an edge that leaves the journey by an exit.</summary>
    public const int Exit = -1;

    /// <summary>The target of an edge that finishes the journey: going on from the last step.</summary>
    public const int Finish = -2;

    private FlowGraph(JourneyMap map)
    {
        var count = map.Steps.Count;
        Steps = new (Stage, Step)[count];
        StageIndex = new int[count];
        var index = new Dictionary<string, int>(count, StringComparer.Ordinal);
        var i = 0;
        for (var s = 0; s < map.Stages.Count; s++)
        {
            foreach (var step in map.Stages[s].Steps)
            {
                index[step.Id] = i;
                StageIndex[i] = s;
                Steps[i++] = (map.Stages[s], step);
            }
        }

        var leaving = new List<Transition>?[count];
        foreach (var transition in map.Transitions)
        {
            (leaving[index[transition.FromStepId]] ??= []).Add(transition);
        }

        Out = new FlowEdge[count][];
        for (var step = 0; step < count; step++)
        {
            Out[step] = EdgesOf(step, count, leaving[step] ?? [], index);
        }

        Reachable = Search(count == 0 ? [] : [0], reverse: false);
        CanFinish = Search([.. Enumerable.Range(0, count).Where(s => Out[s].Any(e => e.To is Exit or Finish))], reverse: true);
    }

    /// <summary>Gets every step with its stage, in timeline order; an edge's target is an index into it.</summary>
    public (Stage Stage, Step Step)[] Steps { get; }

    /// <summary>Gets the index of each step's stage in the map.</summary>
    public int[] StageIndex { get; }

    /// <summary>Gets the edges leaving each step, transitions first in the map's order, then going on in the timeline.</summary>
    public FlowEdge[][] Out { get; }

    /// <summary>Gets whether customers can reach each step from the first.</summary>
    public bool[] Reachable { get; }

    /// <summary>Gets whether customers can finish or exit the journey from each step.</summary>
    public bool[] CanFinish { get; }

    /// <summary>The graph of a map with transitions, or <see langword="null"/> for a map without, whose steps simply follow each other.</summary>
    public static FlowGraph? Of(JourneyMap map) => map.Transitions.IsEmpty ? null : new FlowGraph(map);

    /// <summary>The graph of any map.</summary>
    public static FlowGraph Build(JourneyMap map) => new(map);

    private static FlowEdge[] EdgesOf(int step, int count, List<Transition> leaving, Dictionary<string, int> index)
    {
        var known = 0m;
        var unknown = 0;
        foreach (var transition in leaving)
        {
            if (transition.Share is { } share)
            {
                known += share;
            }
            else
            {
                unknown++;
            }
        }

        var goesOn = unknown > 0 || known < 1m;
        var scale = known > 1m ? 1m / known : 1m;
        var slots = unknown + (goesOn ? 1 : 0);
        var rest = slots == 0 ? 0m : Math.Max(0m, 1m - known) / slots;
        var edges = new FlowEdge[leaving.Count + (goesOn ? 1 : 0)];
        for (var t = 0; t < leaving.Count; t++)
        {
            var transition = leaving[t];
            var to = transition.ToStepId is { } target ? index[target] : Exit;
            edges[t] = new FlowEdge(to, transition.Share is { } share ? share * scale : rest, transition);
        }

        if (goesOn)
        {
            edges[^1] = new FlowEdge(step + 1 < count ? step + 1 : Finish, rest, null);
        }

        return edges;
    }

    private bool[] Search(int[] starts, bool reverse)
    {
        var count = Steps.Length;
        List<int>?[] next = new List<int>?[count];
        for (var from = 0; from < count; from++)
        {
            foreach (var edge in Out[from])
            {
                if (edge.To >= 0)
                {
                    var (a, b) = reverse ? (edge.To, from) : (from, edge.To);
                    (next[a] ??= []).Add(b);
                }
            }
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

/// <summary>One way out of a step: to another step, <see cref="FlowGraph.Exit"/> or <see cref="FlowGraph.Finish"/>, with the share of the step's customers who take it.</summary>
/// <param name="To">The target step's index, or <see cref="FlowGraph.Exit"/> or <see cref="FlowGraph.Finish"/>.</param>
/// <param name="Share">The share of the step's customers who take it, from 0 to 1.</param>
/// <param name="Transition">The transition, or <see langword="null"/> for going on in the timeline.</param>
internal readonly record struct FlowEdge(int To, decimal Share, Transition? Transition);
