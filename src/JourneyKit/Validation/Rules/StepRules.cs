namespace JourneyKit.Validation.Rules;

internal sealed class StepWithoutOwnerRule() : WalkingRule(
    "JK1009", "Step has no owner", IssueSeverity.Info, RuleCategory.Ownership,
    "Ideally every step has an owner: the discipline that knows it best (product, marketing, usability, support) acts on its pain points.",
    "Name who owns the step with .OwnedBy(\"...\") on the step.")
{
    public override bool VisitsSteps => true;

    public override void VisitStep(RuleContext context, Stage stage, Step step)
    {
        if (step.OwnerId is null)
        {
            context.Report(ValidationLocation.Of(stage, step), $"Step '{step.Name}' ({step.Id}) has no owner; name who acts on it with .OwnedBy(\"...\") on the step.");
        }
    }
}

internal sealed class StepWithoutEmotionRule() : WalkingRule(
    "JK1010", "Step has no emotion", IssueSeverity.Info, RuleCategory.Experience,
    "The emotional curve across steps shows where the experience dips; a step without an emotion leaves a gap in it.",
    "Record how the customer feels at the step with .Emotion(score, \"label\"), on the map's emotion scale.")
{
    public override bool VisitsSteps => true;

    public override void VisitStep(RuleContext context, Stage stage, Step step)
    {
        if (step.Emotions.IsEmpty)
        {
            context.Report(ValidationLocation.Of(stage, step), $"Step '{step.Name}' ({step.Id}) records no emotion; add how the customer feels with .Emotion(score, \"label\") on a score from {context.Map.EmotionScale}.");
        }
    }
}

internal sealed class NegativeEmotionWithoutPainPointRule() : WalkingRule(
    "JK1011", "Negative emotion without a pain point", IssueSeverity.Warning, RuleCategory.Improvement,
    "A customer who feels bad at a step is hurt by something; unless that is written down as a pain point, nobody can fix it.",
    "Record what hurts at the step with .PainPoint(\"...\"), or revisit the emotion score.")
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
                context.Report(ValidationLocation.Of(stage, step), $"Step '{step.Name}' ({step.Id}) has the negative emotion {emotion} on the scale {scale} but no pain point; record what hurts with .PainPoint(\"...\").");
                return;
            }
        }
    }
}
