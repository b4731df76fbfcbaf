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

    public MapVisitor CreateVisitor(RuleContext context) => new Visitor(this, context);

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

    /// <summary>Hands the walk to the rule, with the rule's context.</summary>
    private sealed class Visitor(WalkingRule rule, RuleContext context) : MapVisitor
    {
        public override bool Visits(ElementKind kind) => kind switch
        {
            ElementKind.Stage => rule.VisitsStages,
            ElementKind.Step => rule.VisitsSteps,
            _ => false,
        };

        public override void VisitMap(JourneyMap map) => rule.Begin(context);

        public override void VisitStage(Stage stage, in MapPlace place) => rule.VisitStage(context, stage);

        public override void VisitStep(Step step, in MapPlace place) => rule.VisitStep(context, place.Stage!, step);

        public override void EndMap(JourneyMap map) => rule.End(context);
    }
}
