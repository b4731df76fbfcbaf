namespace JourneyKit.Validation.Rules;

internal sealed class StageWithoutOwnerRule() : WalkingRule(
    "JK1004", "Stage has no owner", IssueSeverity.Warning, RuleCategory.Ownership,
    "Someone must be responsible for every stage, or nobody acts on what the map shows.",
    "Name the team or person who owns the stage with .OwnedBy(\"...\") on the stage.")
{
    public override bool VisitsStages => true;

    public override void VisitStage(RuleContext context, Stage stage)
    {
        if (stage.OwnerId is null)
        {
            context.Report(ValidationLocation.Of(stage), $"Stage '{stage.Name}' ({stage.Id}) has no owner; every stage needs someone responsible. Set one with .OwnedBy(\"...\") on the stage.");
        }
    }
}

internal sealed class StageWithoutMetricRule() : WalkingRule(
    "JK1005", "Stage has no metric", IssueSeverity.Warning, RuleCategory.Measurement,
    "Without a measure per stage, nobody can tell whether the stage serves customers well or whether a change made it better.",
    "Add at least one metric to the stage, such as its conversion rate, satisfaction or time taken.")
{
    public override bool VisitsStages => true;

    public override void VisitStage(RuleContext context, Stage stage)
    {
        if (stage.Metrics.IsEmpty)
        {
            context.Report(ValidationLocation.Of(stage), $"Stage '{stage.Name}' ({stage.Id}) has no metric; every stage needs a measure of how well it serves customers. Add one with .Metric(\"...\", m => m.Kind(...).Target(...)).");
        }
    }
}

internal sealed class StageWithoutTouchpointRule() : WalkingRule(
    "JK1006", "Stage has no touchpoint", IssueSeverity.Warning, RuleCategory.Experience,
    "Touchpoints are where the business meets the customer; a stage with none shows no place where the business can act.",
    "Record the touchpoints (website, store, email, phone...) the customer uses in the stage's steps with .Via(\"...\").")
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
            context.Report(ValidationLocation.Of(stage), $"No step of stage '{stage.Name}' ({stage.Id}) uses a touchpoint; record where the customer meets the business with .Via(\"...\") on its steps.");
        }
    }
}

internal sealed class StageWithoutQuestionRule() : WalkingRule(
    "JK1007", "Stage has no customer question", IssueSeverity.Info, RuleCategory.Experience,
    "The questions customers ask in a stage drive messaging, product fixes and which metrics to collect.",
    "Record what the customer asks in the stage with .Question(\"...\"), such as \"Is this the cheapest option?\".")
{
    public override bool VisitsStages => true;

    public override void VisitStage(RuleContext context, Stage stage)
    {
        if (stage.Questions.IsEmpty)
        {
            context.Report(ValidationLocation.Of(stage), $"Stage '{stage.Name}' ({stage.Id}) records no customer question; add what customers ask in it with .Question(\"...\").");
        }
    }
}

internal sealed class StageWithoutGoalRule() : WalkingRule(
    "JK1026", "Stage has no customer goal", IssueSeverity.Info, RuleCategory.Story,
    "Stages are named for what the customer wants to achieve, not for internal processes; the goal keeps the stage about the customer.",
    "State what the customer wants in the stage with .Goal(\"...\").")
{
    public override bool VisitsStages => true;

    public override void VisitStage(RuleContext context, Stage stage)
    {
        if (stage.Goal is null)
        {
            context.Report(ValidationLocation.Of(stage), $"Stage '{stage.Name}' ({stage.Id}) states no customer goal; say what the customer wants to achieve in it with .Goal(\"...\").");
        }
    }
}
