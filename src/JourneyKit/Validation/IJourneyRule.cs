namespace JourneyKit.Validation;

/// <summary>
/// A validation rule: describe it in <see cref="Info"/> and report what it finds through the context. Add your own
/// to a rule set with <see cref="ValidationRuleSet.With(IJourneyRule)"/>.
/// </summary>
/// <remarks>Rules should be stateless: one instance may check many maps, from several threads at once.</remarks>
public interface IJourneyRule
{
    /// <summary>Gets the rule's id, title, default severity and guidance.</summary>
    RuleInfo Info { get; }

    /// <summary>Checks a map and reports each finding with <see cref="RuleContext.Report(ValidationLocation, string)"/>.</summary>
    /// <param name="context">The map, the current time and where to report.</param>
    void Check(RuleContext context);
}
