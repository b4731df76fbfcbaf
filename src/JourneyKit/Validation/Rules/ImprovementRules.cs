namespace JourneyKit.Validation.Rules;

internal sealed class PainPointWithoutOpportunityRule() : WalkingRule("JK1012", IssueSeverity.Warning, RuleCategory.Improvement)
{
    public override bool VisitsSteps => true;

    public override void VisitStep(RuleContext context, Stage stage, Step step)
    {
        foreach (var painPoint in step.PainPoints)
        {
            if (AddressedOnStep(step, painPoint.Id) || AddressedAnywhere(context).Contains(painPoint.Id))
            {
                continue;
            }

            Report(context, ValidationLocation.Of(stage, step, painPoint), painPoint.Description, painPoint.Id, step.Name);
        }
    }

    /// <summary>Returns the ids every opportunity of the map addresses, gathered once per validation and only when a step does not address its own pain points.</summary>
    private static HashSet<string> AddressedAnywhere(RuleContext context) =>
        (HashSet<string>)(context.State ??= AddressedIds(context.Map));

    private static bool AddressedOnStep(Step step, string painPointId)
    {
        foreach (var opportunity in step.Opportunities)
        {
            foreach (var id in opportunity.AddressedPainPointIds)
            {
                if (id == painPointId)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static HashSet<string> AddressedIds(JourneyMap map)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in map.Stages)
        {
            foreach (var step in stage.Steps)
            {
                foreach (var opportunity in step.Opportunities)
                {
                    foreach (var id in opportunity.AddressedPainPointIds)
                    {
                        ids.Add(id);
                    }
                }
            }
        }

        return ids;
    }
}

internal sealed class OpportunityWithoutPainPointRule() : WalkingRule("JK1013", IssueSeverity.Info, RuleCategory.Improvement)
{
    public override bool VisitsSteps => true;

    public override void VisitStep(RuleContext context, Stage stage, Step step)
    {
        foreach (var opportunity in step.Opportunities)
        {
            if (opportunity.AddressedPainPointIds.IsEmpty)
            {
                Report(context, ValidationLocation.Of(stage, step, opportunity), opportunity.Title, opportunity.Id, step.Name);
            }
        }
    }
}

internal sealed class PainPointWithoutEvidenceRule() : WalkingRule("JK1028", IssueSeverity.Info, RuleCategory.Improvement)
{
    public override bool VisitsSteps => true;

    public override void VisitStep(RuleContext context, Stage stage, Step step)
    {
        foreach (var painPoint in step.PainPoints)
        {
            if (painPoint.EvidenceIds.IsEmpty)
            {
                Report(context, ValidationLocation.Of(stage, step, painPoint), painPoint.Description, painPoint.Id, step.Name);
            }
        }
    }
}
