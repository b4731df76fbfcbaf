namespace JourneyKit.Validation.Rules;

internal sealed class MapHasNoPersonaRule() : WalkingRule(
    "JK1001", "Map has no persona", IssueSeverity.Warning, RuleCategory.Story,
    "A journey map tells one customer type's story; without a persona, readers cannot tell whose experience it shows or check it against research.",
    "Add the persona the map is about with .Persona(\"...\"), with its goals, needs and frustrations.")
{
    public override void Begin(RuleContext context)
    {
        if (context.Map.Personas.IsEmpty)
        {
            context.Report(ValidationLocation.Of(context.Map), $"Map '{context.Map.Title}' ({context.Map.Id}) has no persona; a map needs the customer type whose journey it tells. Add one with .Persona(\"...\").");
        }
    }
}

internal sealed class TooFewStagesRule() : WalkingRule(
    "JK1002", "Too few stages", IssueSeverity.Warning, RuleCategory.Story,
    "A journey runs from noticing a need through choosing, buying and using; one stage cannot show how the experience changes along the way.",
    "Split the journey into at least two stages named for the customer's goals, such as Awareness, Consideration, Purchase.")
{
    public const int Minimum = 2;

    public override void Begin(RuleContext context)
    {
        var count = context.Map.Stages.Count;
        if (count < Minimum)
        {
            context.Report(ValidationLocation.Of(context.Map), $"Map '{context.Map.Title}' ({context.Map.Id}) has {count} stage{(count == 1 ? "" : "s")}; at least {Minimum} are needed to tell a journey. Add the stages the customer goes through.");
        }
    }
}

internal sealed class TooFewStepsRule() : WalkingRule(
    "JK1003", "Too few steps", IssueSeverity.Warning, RuleCategory.Story,
    "With only a step or two, the map cannot show where the customer hesitates, gets confused or gives up.",
    "Describe at least three steps: what the customer does, in order, inside each stage.")
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
            context.Report(ValidationLocation.Of(context.Map), $"Map '{context.Map.Title}' ({context.Map.Id}) has {count} step{(count == 1 ? "" : "s")}; at least {Minimum} are needed to tell the story. Add the steps the customer takes in each stage.");
        }
    }
}

internal sealed class StageWithoutStepsRule() : WalkingRule(
    "JK1008", "Stage has no steps", IssueSeverity.Warning, RuleCategory.Story,
    "A stage without steps says nothing about what the customer does in it, so nothing in it can be measured or improved.",
    "Add the steps the customer takes in the stage, or remove the stage.")
{
    public override bool VisitsStages => true;

    public override void VisitStage(RuleContext context, Stage stage)
    {
        if (stage.Steps.IsEmpty)
        {
            context.Report(ValidationLocation.Of(stage), $"Stage '{stage.Name}' ({stage.Id}) has no steps; add what the customer does in it with .Step(\"...\"), or remove the stage.");
        }
    }
}
