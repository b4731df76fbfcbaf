using FluentValidation;
using JourneyKit.Validation;

namespace JourneyKit.Benchmarks;

/// <summary>The five rules both libraries check: stage owner, stage metric, pain point has an opportunity, emotion on the scale, metric target set.</summary>
public static class FiveRules
{
    /// <summary>JourneyKit's built-in rules for four of them, and a rule of our own for the fifth (the builder already guarantees it).</summary>
    public static ValidationRuleSet JourneyKit { get; } = ValidationRuleSet.Empty
        .With(ValidationRuleSet.Default.Rules.Single(r => r.Info.Id == "JK1004"))
        .With(ValidationRuleSet.Default.Rules.Single(r => r.Info.Id == "JK1005"))
        .With(ValidationRuleSet.Default.Rules.Single(r => r.Info.Id == "JK1012"))
        .With(ValidationRuleSet.Default.Rules.Single(r => r.Info.Id == "JK1014"))
        .With(new EmotionOnScaleRule());

    public static bool AddressedOnStep(Step step, string painPointId)
    {
        foreach (var opportunity in step.Opportunities)
        {
            if (opportunity.AddressedPainPointIds.AsSpan().Contains(painPointId))
            {
                return true;
            }
        }

        return false;
    }

    public static HashSet<string> AddressedAnywhere(JourneyMap map) =>
        [.. map.Steps.SelectMany(s => s.Opportunities).SelectMany(o => o.AddressedPainPointIds)];

    private sealed class EmotionOnScaleRule : IJourneyRule
    {
        public RuleInfo Info { get; } = new("BENCH01", "Emotion is off the scale", IssueSeverity.Error, RuleCategory.Experience, "Scores must be on the map's scale.", "Use a score on the scale.");

        public void Check(RuleContext context)
        {
            var scale = context.Map.EmotionScale;
            foreach (var stage in context.Map.Stages)
            {
                foreach (var step in stage.Steps)
                {
                    foreach (var emotion in step.Emotions)
                    {
                        if (!scale.Contains(emotion.Score))
                        {
                            context.Report(ValidationLocation.Of(stage, step), $"Step '{step.Name}' has a score off the scale.");
                        }
                    }
                }
            }
        }
    }
}

/// <summary>The same five rules, written the usual FluentValidation way: a validator per model type.</summary>
public sealed class MapValidator : AbstractValidator<JourneyMap>
{
    public MapValidator()
    {
        RuleForEach(map => map.Stages).SetValidator(map => new StageValidator(map));
    }

    private sealed class StageValidator : AbstractValidator<Stage>
    {
        public StageValidator(JourneyMap map)
        {
            RuleFor(stage => stage.OwnerId).NotNull().WithMessage(stage => $"Stage '{stage.Name}' has no owner.");
            RuleFor(stage => stage.Metrics).NotEmpty().WithMessage(stage => $"Stage '{stage.Name}' has no metric.");
            RuleForEach(stage => stage.Metrics).ChildRules(metric => metric.RuleFor(m => m.Target).NotNull());
            RuleForEach(stage => stage.Steps).SetValidator(new StepValidator(map));
        }
    }

    private sealed class StepValidator : AbstractValidator<Step>
    {
        private HashSet<string>? _addressed;

        public StepValidator(JourneyMap map)
        {
            RuleForEach(step => step.Emotions).Must(emotion => map.EmotionScale.Contains(emotion.Score)).WithMessage("Emotion is off the scale.");
            RuleForEach(step => step.Metrics).ChildRules(metric => metric.RuleFor(m => m.Target).NotNull());
            RuleForEach(step => step.PainPoints)
                .Must((step, painPoint) => FiveRules.AddressedOnStep(step, painPoint.Id) || (_addressed ??= FiveRules.AddressedAnywhere(map)).Contains(painPoint.Id))
                .WithMessage("Pain point has no opportunity.");
        }
    }
}
