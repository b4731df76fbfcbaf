namespace JourneyKit.Validation.Rules;

internal sealed class MapHasNoPersonaRule() : WalkingRule("JK1001", IssueSeverity.Warning, RuleCategory.Story)
{
    public override void Begin(RuleContext context)
    {
        if (context.Map.Personas.IsEmpty)
        {
            Report(context, ValidationLocation.Of(context.Map), context.Map.Title, context.Map.Id);
        }
    }
}

internal sealed class TooFewStagesRule() : WalkingRule("JK1002", IssueSeverity.Warning, RuleCategory.Story)
{
    public const int Minimum = 2;

    public override void Begin(RuleContext context)
    {
        var count = context.Map.Stages.Count;
        if (count < Minimum)
        {
            ReportCount(context, ValidationLocation.Of(context.Map), count, context.Map.Title, context.Map.Id, count, Minimum);
        }
    }
}

internal sealed class TooFewStepsRule() : WalkingRule("JK1003", IssueSeverity.Warning, RuleCategory.Story)
{
    public const int Minimum = 3;

    public override void Begin(RuleContext context)
    {
        var count = 0;
        foreach (var stage in context.Map.Stages)
        {
            count += stage.Steps.Count;
        }

        if (count < Minimum)
        {
            ReportCount(context, ValidationLocation.Of(context.Map), count, context.Map.Title, context.Map.Id, count, Minimum);
        }
    }
}

internal sealed class StageWithoutStepsRule() : WalkingRule("JK1008", IssueSeverity.Warning, RuleCategory.Story)
{
    public override bool VisitsStages => true;

    public override void VisitStage(RuleContext context, Stage stage)
    {
        if (stage.Steps.IsEmpty)
        {
            Report(context, ValidationLocation.Of(stage), stage.Name, stage.Id);
        }
    }
}
