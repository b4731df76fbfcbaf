namespace JourneyKit.Validation.Rules;

/// <summary>Every built-in rule, in id order.</summary>
internal static class BuiltInRules
{
    public static IJourneyRule[] All { get; } =
    [
        new MapHasNoPersonaRule(),
        new TooFewStagesRule(),
        new TooFewStepsRule(),
        new StageWithoutOwnerRule(),
        new StageWithoutMetricRule(),
        new StageWithoutTouchpointRule(),
        new StageWithoutQuestionRule(),
        new StageWithoutStepsRule(),
        new StepWithoutOwnerRule(),
        new StepWithoutEmotionRule(),
        new NegativeEmotionWithoutPainPointRule(),
        new PainPointWithoutOpportunityRule(),
        new OpportunityWithoutPainPointRule(),
        new MetricWithoutTargetRule(),
        new MetricWithoutUnitRule(),
        new PercentageOutOfRangeRule(),
        new UnusedTouchpointRule(),
        new UnusedChannelRule(),
        new UnusedOwnerRule(),
        new TextTooLongRule(),
        new ControlCharacterRule(),
        new BidiControlRule(),
        new UnreachableStepRule(),
        new DeadEndRule(),
        new ReviewOverdueRule(),
        new StageWithoutGoalRule(),
        new TouchpointWithoutChannelRule(),
        new PainPointWithoutEvidenceRule(),
    ];
}
