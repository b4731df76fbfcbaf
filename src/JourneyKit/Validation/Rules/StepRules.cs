namespace JourneyKit.Validation.Rules;

internal sealed class StepWithoutOwnerRule() : WalkingRule("JK1009", IssueSeverity.Info, RuleCategory.Ownership)
{
    public override bool VisitsSteps => true;

    public override void VisitStep(RuleContext context, Stage stage, Step step)
    {
        if (step.OwnerId is null)
        {
            Report(context, ValidationLocation.Of(stage, step), step.Name, step.Id);
        }
    }
}

internal sealed class StepWithoutEmotionRule() : WalkingRule("JK1010", IssueSeverity.Info, RuleCategory.Experience)
{
    public override bool VisitsSteps => true;

    public override void VisitStep(RuleContext context, Stage stage, Step step)
    {
        if (step.Emotions.IsEmpty)
        {
            Report(context, ValidationLocation.Of(stage, step), step.Name, step.Id, context.Map.EmotionScale.ToString());
        }
    }
}

internal sealed class NegativeEmotionWithoutPainPointRule() : WalkingRule("JK1011", IssueSeverity.Warning, RuleCategory.Improvement)
{
    public override bool VisitsSteps => true;

    public override void VisitStep(RuleContext context, Stage stage, Step step)
    {
        if (!step.PainPoints.IsEmpty)
        {
            return;
        }

        var scale = context.Map.EmotionScale;
        var middle = (scale.Min + scale.Max) / 2.0;
        foreach (var emotion in step.Emotions)
        {
            if (emotion.Score < middle)
            {
                Report(context, ValidationLocation.Of(stage, step), step.Name, step.Id, emotion.ToString(), scale.ToString());
                return;
            }
        }
    }
}
