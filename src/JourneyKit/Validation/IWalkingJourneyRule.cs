using JourneyKit.Walking;

namespace JourneyKit.Validation;

/// <summary>
/// A rule that looks at the map's elements one by one. Validation walks the map once for all such rules, the built-in
/// ones among them, so on large maps each stage and step is read once whatever the number of rules.
/// </summary>
/// <example>
/// <code>
/// sealed class StepsNeedOwners : IWalkingJourneyRule
/// {
///     public RuleInfo Info { get; } = new("ACME001", "Step has no owner", IssueSeverity.Warning, RuleCategory.Maintenance,
///         "Every step needs someone who answers for it.", "Give the step an owner with .OwnedBy(\"...\").");
///
///     public MapVisitor CreateVisitor(RuleContext context) => new Visitor(context);
///
///     private sealed class Visitor(RuleContext context) : MapVisitor
///     {
///         public override bool Visits(ElementKind kind) => kind == ElementKind.Step;
///
///         public override void VisitStep(Step step, in MapPlace place)
///         {
///             if (step.OwnerId is null)
///             {
///                 context.Report(ValidationLocation.Of(place.Stage!, step), $"Step '{step.Name}' has no owner.");
///             }
///         }
///     }
/// }
/// </code>
/// </example>
public interface IWalkingJourneyRule : IJourneyRule
{
    /// <summary>Makes the visitor that checks one map for this rule and reports through <paramref name="context"/>.</summary>
    /// <param name="context">The map, the current time and where to report; one per rule and map.</param>
    /// <returns>A new visitor: one per map, so the rule itself can stay stateless.</returns>
    MapVisitor CreateVisitor(RuleContext context);

    /// <summary>Checks the map alone, by walking it with the rule's visitor.</summary>
    /// <param name="context">The map, the current time and where to report.</param>
    void IJourneyRule.Check(RuleContext context) => MapWalker.Walk(context.Map, CreateVisitor(context));
}
