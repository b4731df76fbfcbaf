namespace JourneyKit.Validation.Rules;

internal sealed class StageWithoutOwnerRule() : WalkingRule("JK1004", IssueSeverity.Warning, RuleCategory.Ownership)
{
    public override bool VisitsStages => true;

    public override void VisitStage(RuleContext context, Stage stage)
    {
        if (stage.OwnerId is null)
        {
            Report(context, ValidationLocation.Of(stage), stage.Name, stage.Id);
        }
    }
}

internal sealed class StageWithoutMetricRule() : WalkingRule("JK1005", IssueSeverity.Warning, RuleCategory.Measurement)
{
    public override bool VisitsStages => true;

    public override void VisitStage(RuleContext context, Stage stage)
    {
        if (stage.Metrics.IsEmpty)
        {
            Report(context, ValidationLocation.Of(stage), stage.Name, stage.Id);
        }
    }
}

internal sealed class StageWithoutTouchpointRule() : WalkingRule("JK1006", IssueSeverity.Warning, RuleCategory.Experience)
{
    public override bool VisitsStages => true;

    public override void VisitStage(RuleContext context, Stage stage)
    {
        if (stage.Steps.IsEmpty)
        {
            return;
        }

        var used = false;
        foreach (var step in stage.Steps)
        {
            used |= !step.TouchpointIds.IsEmpty;
        }

        if (!used)
        {
            Report(context, ValidationLocation.Of(stage), stage.Name, stage.Id);
        }
    }
}

internal sealed class StageWithoutQuestionRule() : WalkingRule("JK1007", IssueSeverity.Info, RuleCategory.Experience)
{
    public override bool VisitsStages => true;

    public override void VisitStage(RuleContext context, Stage stage)
    {
        if (stage.Questions.IsEmpty)
        {
            Report(context, ValidationLocation.Of(stage), stage.Name, stage.Id);
        }
    }
}

internal sealed class StageWithoutGoalRule() : WalkingRule("JK1026", IssueSeverity.Info, RuleCategory.Story)
{
    public override bool VisitsStages => true;

    public override void VisitStage(RuleContext context, Stage stage)
    {
        if (stage.Goal is null)
        {
            Report(context, ValidationLocation.Of(stage), stage.Name, stage.Id);
        }
    }
}
