using JourneyKit.Analysis;

namespace JourneyKit.Validation.Rules;

internal sealed class UnreachableStepRule() : WalkingRule("JK1023", IssueSeverity.Warning, RuleCategory.Flow)
{
    public override void Begin(RuleContext context)
    {
        if (FlowGraph.Of(context.Map) is not { } graph)
        {
            return;
        }

        for (var i = 0; i < graph.Steps.Length; i++)
        {
            if (!graph.Reachable[i])
            {
                var (stage, step) = graph.Steps[i];
                Report(context, ValidationLocation.Of(stage, step), step.Name, step.Id);
            }
        }
    }
}

internal sealed class DeadEndRule() : WalkingRule("JK1024", IssueSeverity.Warning, RuleCategory.Flow)
{
    public override void Begin(RuleContext context)
    {
        if (FlowGraph.Of(context.Map) is not { } graph)
        {
            return;
        }

        for (var i = 0; i < graph.Steps.Length; i++)
        {
            if (graph.Reachable[i] && !graph.CanFinish[i])
            {
                var (stage, step) = graph.Steps[i];
                Report(context, ValidationLocation.Of(stage, step), step.Name, step.Id);
            }
        }
    }
}
