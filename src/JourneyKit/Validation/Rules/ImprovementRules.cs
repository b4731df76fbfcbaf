namespace JourneyKit.Validation.Rules;

internal sealed class PainPointWithoutOpportunityRule() : WalkingRule(
    "JK1012", "Pain point has no opportunity", IssueSeverity.Warning, RuleCategory.Improvement,
    "Every pain point is a chance to improve; one with no opportunity is a complaint nobody plans to answer.",
    "Add an opportunity that addresses the pain point: .Opportunity(\"...\", o => o.Addresses(\"<pain point id>\")).")
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

            context.Report(ValidationLocation.Of(stage, step, painPoint), $"Pain point '{painPoint.Description}' ({painPoint.Id}) of step '{step.Name}' has no opportunity that addresses it; add one with .Opportunity(\"...\", o => o.Addresses(\"{painPoint.Id}\")).");
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

internal sealed class OpportunityWithoutPainPointRule() : WalkingRule(
    "JK1013", "Opportunity addresses no pain point", IssueSeverity.Info, RuleCategory.Improvement,
    "An opportunity tied to no pain point is hard to prioritise: nobody can say which customer problem it solves.",
    "Say which pain points the opportunity addresses with .Addresses(\"...\").")
{
    public override bool VisitsSteps => true;

    public override void VisitStep(RuleContext context, Stage stage, Step step)
    {
        foreach (var opportunity in step.Opportunities)
        {
            if (opportunity.AddressedPainPointIds.IsEmpty)
            {
                context.Report(ValidationLocation.Of(stage, step, opportunity), $"Opportunity '{opportunity.Title}' ({opportunity.Id}) of step '{step.Name}' addresses no pain point; say which it solves with .Addresses(\"...\").");
            }
        }
    }
}

internal sealed class PainPointWithoutEvidenceRule() : WalkingRule(
    "JK1028", "Pain point cites no evidence", IssueSeverity.Info, RuleCategory.Improvement,
    "A pain point backed by a customer's words, an observation or a figure convinces the people who fund the fix; one without is an opinion until research shows it.",
    "Record the finding on a step with .Evidence(\"...\") and cite it from the pain point: st.PainPoint(\"...\", p => p.Cites(\"<evidence id>\")).")
{
    public override bool VisitsSteps => true;

    public override void VisitStep(RuleContext context, Stage stage, Step step)
    {
        foreach (var painPoint in step.PainPoints)
        {
            if (painPoint.EvidenceIds.IsEmpty)
            {
                context.Report(ValidationLocation.Of(stage, step, painPoint), $"Pain point '{painPoint.Description}' ({painPoint.Id}) of step '{step.Name}' cites no evidence; record a quote, observation or figure with .Evidence(\"...\") on a step and cite it with p.Cites(\"<evidence id>\").");
            }
        }
    }
}
