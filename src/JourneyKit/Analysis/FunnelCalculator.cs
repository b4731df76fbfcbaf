namespace JourneyKit.Analysis;

/// <summary>Lets every customer flow through the graph once, in timeline order: linear in steps plus transitions.</summary>
internal static class FunnelCalculator
{
    /// <summary>Computes the funnel; <paramref name="reach"/> receives each step's exact reach, for the moments that matter.</summary>
    public static Funnel Of(JourneyMap map, FlowGraph graph, AnalysisOptions options, out decimal[] reach)
    {
        var count = graph.Steps.Length;
        reach = new decimal[count];
        var lost = new decimal[count];
        var entering = new decimal[map.Stages.Count];
        var goingOn = new decimal[map.Stages.Count];
        var finished = 0m;
        if (count > 0)
        {
            reach[0] = 1m;
            entering[graph.StageIndex[0]] = 1m;
        }

        for (var s = 0; s < count; s++)
        {
            var at = reach[s];
            var edges = graph.Out[s];
            var looping = edges.Where(e => e.To >= 0 && e.To <= s).Sum(e => e.Share);
            if (looping >= 1m || edges.All(e => e.Share == 0m))
            {
                lost[s] = at;
                continue;
            }

            var scale = 1m / (1m - looping);
            var stage = graph.StageIndex[s];
            foreach (var edge in edges.Where(e => e.To < 0 || e.To > s))
            {
                var flow = at * edge.Share * scale;
                switch (edge.To)
                {
                    case FlowGraph.Exit:
                        lost[s] += flow;
                        break;
                    case FlowGraph.Finish:
                        finished += flow;
                        goingOn[stage] += flow;
                        break;
                    default:
                        reach[edge.To] += flow;
                        if (graph.StageIndex[edge.To] != stage)
                        {
                            goingOn[stage] += flow;
                            entering[graph.StageIndex[edge.To]] += flow;
                        }

                        break;
                }
            }
        }

        // Only a step whose transitions record shares says anything about its conversion; elsewhere the funnel assumes everyone goes on.
        var known = new bool[count];
        var stageKnown = new bool[map.Stages.Count];
        for (var s = 0; s < count; s++)
        {
            known[s] = graph.Out[s].Any(e => e.Transition?.Share is not null);
            stageKnown[graph.StageIndex[s]] |= known[s];
        }

        var disagreements = new List<FunnelDisagreement>();
        var steps = new FunnelStep[count];
        for (var s = 0; s < count; s++)
        {
            var (stage, step) = graph.Steps[s];
            decimal? conversion = reach[s] > 0m ? 1m - (lost[s] / reach[s]) : null;
            var measured = Measured(step.Metrics, step.Id, known[s] ? conversion : null, options, disagreements);
            steps[s] = new FunnelStep(step.Id, stage.Id, Figures.Round(reach[s]), Figures.Round(lost[s]), Figures.Round(conversion), measured);
        }

        var stages = new FunnelStage[map.Stages.Count];
        for (var i = 0; i < stages.Length; i++)
        {
            var stage = map.Stages[i];
            decimal? conversion = entering[i] > 0m ? goingOn[i] / entering[i] : null;
            var measured = Measured(stage.Metrics, stage.Id, stageKnown[i] ? conversion : null, options, disagreements);
            stages[i] = new FunnelStage(stage.Id, Figures.Round(entering[i]), Figures.Round(goingOn[i]), Figures.Round(conversion), measured);
        }

        var biggest = steps.Select((step, i) => (Step: step, Lost: lost[i], Order: i)).Where(s => s.Lost > 0m)
            .OrderByDescending(s => s.Lost).ThenBy(s => s.Order).Take(options.TopCount).Select(s => s.Step);
        return new Funnel(ValueList.From(steps), ValueList.From(stages), Figures.Round(finished), ValueList.From(biggest), ValueList.From(disagreements));
    }

    /// <summary>
    /// The element's first conversion metric with an actual value, as a share (a value in % or above 1 is a percentage),
    /// noting where it disagrees with <paramref name="fromShares"/>, the conversion the recorded shares give.
    /// </summary>
    private static decimal? Measured(ValueList<Metric> metrics, string elementId, decimal? fromShares, AnalysisOptions options, List<FunnelDisagreement> disagreements)
    {
        foreach (var metric in metrics)
        {
            if (metric.Kind != MetricKind.Conversion || metric.Actual is not { } actual)
            {
                continue;
            }

            var share = Figures.Round(metric.Unit == "%" || actual > 1m ? actual / 100m : actual);
            if (fromShares is { } computed && Math.Abs(computed - share) > options.DisagreementTolerance)
            {
                disagreements.Add(new FunnelDisagreement(elementId, metric.Id, Figures.Round(computed), share));
            }

            return share;
        }

        return null;
    }
}
