namespace JourneyKit.Analysis;

/// <summary>Places every opportunity in the value/effort matrix and orders them, with the moments each would ease.</summary>
internal static class PriorityRanker
{
    public static ValueList<PrioritizedOpportunity> Of(FlowGraph graph, ValueList<MomentThatMatters> moments)
    {
        var stepOfPainPoint = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < graph.Steps.Length; s++)
        {
            foreach (var painPoint in graph.Steps[s].Step.PainPoints)
            {
                stepOfPainPoint[painPoint.Id] = s;
            }
        }

        var hurtOf = moments.ToDictionary(m => m.StepId, m => m.Hurt, StringComparer.Ordinal);
        var ranked = new List<(PrioritizedOpportunity Opportunity, int Order)>();
        for (var s = 0; s < graph.Steps.Length; s++)
        {
            foreach (var opportunity in graph.Steps[s].Step.Opportunities)
            {
                var eased = opportunity.AddressedPainPointIds.Where(stepOfPainPoint.ContainsKey).Select(id => stepOfPainPoint[id]).Distinct().Order()
                    .Select(i => graph.Steps[i].Step.Id).Where(hurtOf.ContainsKey).ToList();
                ranked.Add((new PrioritizedOpportunity(
                    opportunity.Id,
                    graph.Steps[s].Step.Id,
                    QuadrantOf(opportunity.Impact, opportunity.Effort),
                    opportunity.Impact,
                    opportunity.Effort,
                    opportunity.AddressedPainPointIds,
                    ValueList.From(eased),
                    eased.Sum(id => hurtOf[id])), ranked.Count));
            }
        }

        return ValueList.From(ranked
            .OrderBy(r => r.Opportunity.Quadrant).ThenByDescending(r => r.Opportunity.Impact).ThenBy(r => r.Opportunity.Effort)
            .ThenByDescending(r => r.Opportunity.Relief).ThenBy(r => r.Order).Select(r => r.Opportunity));
    }

    /// <summary>Medium or high impact is high value; medium or high effort is high effort.</summary>
    public static Quadrant QuadrantOf(Level impact, Level effort) => (impact >= Level.Medium, effort >= Level.Medium) switch
    {
        (true, false) => Quadrant.QuickWin,
        (true, true) => Quadrant.MajorProject,
        (false, false) => Quadrant.FillIn,
        _ => Quadrant.Reconsider,
    };
}
