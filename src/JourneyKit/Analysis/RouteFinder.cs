namespace JourneyKit.Analysis;

/// <summary>
/// Lists the routes through a flow graph by its decisions only: a run of steps without transitions is one leg, taken in
/// one move, so the work is bounded by the routes listed times their turns, never by the steps between them.
/// </summary>
internal sealed class RouteFinder
{
    private readonly FlowGraph _graph;
    private readonly AnalysisOptions _options;
    private readonly int[] _runEnd;
    private readonly long[] _ticksBefore;
    private readonly int[] _durationsBefore;
    private readonly Dictionary<Transition, int> _loopTurns = new(ReferenceEqualityComparer.Instance);
    private LegChain? _chain;
    private readonly List<(JourneyRoute Route, decimal Exact)> _routes = [];
    private bool _truncated;

    private RouteFinder(FlowGraph graph, AnalysisOptions options)
    {
        _graph = graph;
        _options = options;
        var count = graph.Steps.Length;
        _runEnd = new int[count];
        for (var s = count - 1; s >= 0; s--)
        {
            _runEnd[s] = s == count - 1 || graph.Out[s].Length != 1 || graph.Out[s][0].Transition is not null ? s : _runEnd[s + 1];
        }

        // Prefix sums of the steps' durations, so a leg's duration is one subtraction.
        _ticksBefore = new long[count + 1];
        _durationsBefore = new int[count + 1];
        for (var s = 0; s < count; s++)
        {
            var duration = graph.Steps[s].Step.Duration;
            _ticksBefore[s + 1] = _ticksBefore[s] + (duration?.Ticks ?? 0);
            _durationsBefore[s + 1] = _durationsBefore[s] + (duration is null ? 0 : 1);
        }
    }

    public static RouteListing List(FlowGraph graph, AnalysisOptions options)
    {
        var finder = new RouteFinder(graph, options);
        if (graph.Steps.Length > 0)
        {
            finder.Walk();
        }

        var routes = finder._routes;
        var covered = routes.Sum(r => r.Exact);
        decimal? expectedSteps = null;
        TimeSpan? expectedDuration = null;
        if (!finder._truncated && covered > 0m)
        {
            // Among the customers the listed routes account for: loops taken more often than allowed are left out.
            expectedSteps = Figures.Round(routes.Sum(r => r.Exact * r.Route.StepCount) / covered);
            expectedDuration = routes.Any(r => r.Route.Duration is not null)
                ? TimeSpan.FromSeconds((double)Math.Round(routes.Sum(r => r.Exact * (decimal)(r.Route.Duration ?? TimeSpan.Zero).TotalSeconds) / covered, MidpointRounding.AwayFromZero))
                : null;
        }

        var ordered = routes.Select((r, i) => (r.Route, r.Exact, Order: i)).OrderByDescending(r => r.Exact).ThenBy(r => r.Order).Select(r => r.Route);
        return new RouteListing(ValueList.From(ordered), finder._truncated, expectedSteps, expectedDuration, Figures.Round(covered));
    }

    /// <summary>A decision point on the current route: the step a leg ends at, the next of its edges to try, and how the route got there.</summary>
    private struct Frame
    {
        public int Step;
        public int NextEdge;
        public decimal Probability;
        public LegChain Chain;
        public Transition? Loop;
        public bool Went;
    }

    private void Walk()
    {
        var frames = new Stack<Frame>();
        frames.Push(Enter(0, 1m, null));
        while (frames.Count > 0 && !_truncated)
        {
            var frame = frames.Pop();
            var edges = _graph.Out[frame.Step];
            var descended = false;
            while (frame.NextEdge < edges.Length && !_truncated)
            {
                var edge = edges[frame.NextEdge++];
                var loop = edge.To >= 0 && edge.To <= frame.Step ? edge.Transition : null;
                if (edge.Share == 0m || (loop is not null && _loopTurns.GetValueOrDefault(loop) >= _options.MaxLoopTurns))
                {
                    continue;
                }

                frame.Went = true;
                var probability = frame.Probability * edge.Share;
                if (edge.To < 0)
                {
                    Emit(probability, edge.To == FlowGraph.Finish ? RouteEnd.Finished : RouteEnd.Exited);
                    continue;
                }

                if (loop is not null)
                {
                    _loopTurns[loop] = _loopTurns.GetValueOrDefault(loop) + 1;
                }

                frames.Push(frame);
                frames.Push(Enter(edge.To, probability, loop));
                descended = true;
                break;
            }

            if (!descended)
            {
                Leave(frame);
            }
        }
    }

    private Frame Enter(int start, decimal probability, Transition? loop)
    {
        var end = _runEnd[start];
        var leg = new RouteLeg(_graph.Steps[start].Step.Id, _graph.Steps[end].Step.Id, end - start + 1);
        _chain = new LegChain(leg, _chain, _ticksBefore[end + 1] - _ticksBefore[start], _durationsBefore[end + 1] - _durationsBefore[start]);
        return new Frame { Step = end, Probability = probability, Chain = _chain, Loop = loop };
    }

    private void Leave(Frame frame)
    {
        if (!frame.Went)
        {
            Emit(frame.Probability, RouteEnd.Stuck);
        }

        _chain = frame.Chain.Previous;
        if (frame.Loop is { } loop)
        {
            _loopTurns[loop]--;
        }
    }

    private void Emit(decimal probability, RouteEnd end)
    {
        if (_routes.Count == _options.MaxRoutes)
        {
            _truncated = true;
            return;
        }

        _routes.Add((new JourneyRoute(_chain!, Figures.Round(probability), end), probability));
    }
}
