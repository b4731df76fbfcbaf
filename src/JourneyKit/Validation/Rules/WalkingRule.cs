using JourneyKit.Walking;

namespace JourneyKit.Validation.Rules;

/// <summary>
/// A built-in rule that looks at the map while the validation walks it once for every such rule: on large maps,
/// one walk keeps each stage and step in the processor's cache while all rules look at it.
/// </summary>
internal abstract class WalkingRule(string id, string title, IssueSeverity severity, RuleCategory category, string rationale, string fix)
    : IWalkingJourneyRule
{
    public RuleInfo Info { get; } = new(id, title, severity, category, rationale, fix);

    /// <summary>Gets whether <see cref="VisitStage"/> has work to do.</summary>
    public virtual bool VisitsStages => false;

    /// <summary>Gets whether <see cref="VisitStep"/> has work to do.</summary>
    public virtual bool VisitsSteps => false;

    public MapVisitor CreateVisitor(RuleContext context) => new WalkingRulesVisitor(context.Map, [(this, context)]);

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

/// <summary>
/// Runs the built-in walking rules of one validation as one visitor, calling each rule directly for every stage and
/// step: on large maps one call per rule and step is what the walk costs.
/// </summary>
internal sealed class WalkingRulesVisitor : MapVisitor
{
    private readonly JourneyMap _map;
    private readonly (WalkingRule Rule, RuleContext Context)[] _rules;
    private readonly (WalkingRule Rule, RuleContext Context)[] _stageRules;
    private readonly (WalkingRule Rule, RuleContext Context)[] _stepRules;

    public WalkingRulesVisitor(JourneyMap map, (WalkingRule Rule, RuleContext Context)[] rules)
    {
        _map = map;
        _rules = rules;
        _stageRules = Array.FindAll(rules, r => r.Rule.VisitsStages);
        _stepRules = Array.FindAll(rules, r => r.Rule.VisitsSteps);
    }

    public override bool Visits(ElementKind kind) => kind switch
    {
        ElementKind.Stage => _stageRules.Length > 0,
        ElementKind.Step => _stepRules.Length > 0,
        _ => false,
    };

    public override void VisitMap(JourneyMap map) => Each(static (rule, context) => rule.Begin(context));

    public override void VisitStage(Stage stage, in MapPlace place)
    {
        foreach (var (rule, context) in _stageRules)
        {
            try
            {
                rule.VisitStage(context, stage);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                throw GuardedVisitor.Failed(rule.Info, _map, exception);
            }
        }
    }

    public override void VisitStep(Step step, in MapPlace place)
    {
        var stage = place.Stage!;
        foreach (var (rule, context) in _stepRules)
        {
            try
            {
                rule.VisitStep(context, stage, step);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                throw GuardedVisitor.Failed(rule.Info, _map, exception);
            }
        }
    }

    public override void EndMap(JourneyMap map) => Each(static (rule, context) => rule.End(context));

    private void Each(Action<WalkingRule, RuleContext> call)
    {
        foreach (var (rule, context) in _rules)
        {
            try
            {
                call(rule, context);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                throw GuardedVisitor.Failed(rule.Info, _map, exception);
            }
        }
    }
}
