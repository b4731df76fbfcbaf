namespace JourneyKit.Validation.Rules;

/// <summary>
/// A built-in rule that looks at the map while the validation walks it once for every such rule: on large maps,
/// one walk keeps each stage and step in the processor's cache while all rules look at it.
/// </summary>
internal abstract class WalkingRule(string id, string title, IssueSeverity severity, RuleCategory category, string rationale, string fix)
    : IJourneyRule
{
    public RuleInfo Info { get; } = new(id, title, severity, category, rationale, fix);

    /// <summary>Gets whether <see cref="VisitStage"/> has work to do.</summary>
    public virtual bool VisitsStages => false;

    /// <summary>Gets whether <see cref="VisitStep"/> has work to do.</summary>
    public virtual bool VisitsSteps => false;

    public void Check(RuleContext context) => MapWalk.Run(context.Map, [(this, context)]);

    public virtual void Begin(RuleContext context)
    {
    }

    public virtual void VisitStage(RuleContext context, Stage stage)
    {
    }

    public virtual void VisitStep(RuleContext context, Stage stage, Step step)
    {
    }

    public virtual void End(RuleContext context)
    {
    }
}

/// <summary>Walks a map once, in document order, for several walking rules, each with its own context.</summary>
internal static class MapWalk
{
    public static void Run(JourneyMap map, (WalkingRule Rule, RuleContext Context)[] rules)
    {
        var current = rules.Length > 0 ? rules[0].Rule : null;
        try
        {
            foreach (var (rule, context) in rules)
            {
                current = rule;
                rule.Begin(context);
            }

            var stageRules = Array.FindAll(rules, r => r.Rule.VisitsStages);
            var stepRules = Array.FindAll(rules, r => r.Rule.VisitsSteps);
            if (stageRules.Length + stepRules.Length > 0)
            {
                foreach (var stage in map.Stages)
                {
                    foreach (var (rule, context) in stageRules)
                    {
                        current = rule;
                        rule.VisitStage(context, stage);
                    }

                    if (stepRules.Length == 0)
                    {
                        continue;
                    }

                    foreach (var step in stage.Steps)
                    {
                        foreach (var (rule, context) in stepRules)
                        {
                            current = rule;
                            rule.VisitStep(context, stage, step);
                        }
                    }
                }
            }

            foreach (var (rule, context) in rules)
            {
                current = rule;
                rule.End(context);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException && current is not null)
        {
            throw new InvalidOperationException($"The validation rule {current.Info.Id} ({current.Info.Title}) failed on the map '{map.Title}': {exception.Message}", exception);
        }
    }
}
