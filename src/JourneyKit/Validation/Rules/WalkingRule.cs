using JourneyKit.Localization;
using JourneyKit.Walking;

namespace JourneyKit.Validation.Rules;

/// <summary>
/// A built-in rule that looks at the map while the validation walks it once for every such rule: on large maps,
/// one walk keeps each stage and step in the processor's cache while all rules look at it.
/// </summary>
/// <remarks>
/// Its title, rationale and fix are the texts <c>&lt;id&gt;.Title</c>, <c>.Rationale</c> and <c>.Fix</c> of Rules.resx;
/// its messages the texts <c>&lt;id&gt;.Message</c> and <c>&lt;id&gt;.Message.&lt;variant&gt;</c>, in the validation's language.
/// </remarks>
internal abstract class WalkingRule(string id, IssueSeverity severity, RuleCategory category) : IWalkingJourneyRule
{
    private readonly string _messageKey = id + ".Message";

    public RuleInfo Info { get; } = RuleInfo.BuiltIn(id, severity, category, JourneyLanguage.English);

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

    /// <summary>Reports a finding with the rule's message in the validation's language; the values fill its placeholders and are never read as formats themselves.</summary>
    protected void Report(RuleContext context, ValidationLocation location, params object?[] values) =>
        context.Report(location, context.Language.Format(_messageKey, values));

    /// <summary>Reports a finding with the rule's message for a count: <c>&lt;id&gt;.Message.One</c> for one, else <c>&lt;id&gt;.Message</c>.</summary>
    protected void ReportCount(RuleContext context, ValidationLocation location, int count, params object?[] values)
    {
        if (count == 1)
        {
            ReportVariant(context, location, "One", values);
        }
        else
        {
            Report(context, location, values);
        }
    }

    /// <summary>Reports a finding with one of the rule's other messages, <c>&lt;id&gt;.Message.&lt;variant&gt;</c>.</summary>
    protected void ReportVariant(RuleContext context, ValidationLocation location, string variant, params object?[] values) =>
        context.Report(location, context.Language.Format(_messageKey + "." + variant, values));
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
