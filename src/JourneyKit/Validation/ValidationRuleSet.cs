using System.Collections.Immutable;
using JourneyKit.Internal;
using JourneyKit.Localization;
using System.Runtime.InteropServices;
using JourneyKit.Validation.Rules;
using JourneyKit.Walking;

namespace JourneyKit.Validation;

/// <summary>
/// An immutable set of validation rules with severity overrides and suppressions; pass it to
/// <see cref="ValidationExtensions.Validate(JourneyMap, ValidationRuleSet?, TimeProvider?, JourneyLanguage?)"/>. Every change returns a new set.
/// </summary>
/// <remarks>Immutable and thread-safe: one rule set can validate many maps at once.</remarks>
public sealed class ValidationRuleSet
{
    private readonly ImmutableSortedDictionary<string, IJourneyRule> _rules;
    private readonly ImmutableSortedDictionary<string, IssueSeverity> _severities;
    private readonly ImmutableList<Suppression> _suppressions;

    private ValidationRuleSet(ImmutableSortedDictionary<string, IJourneyRule> rules, ImmutableSortedDictionary<string, IssueSeverity> severities, ImmutableList<Suppression> suppressions)
    {
        _rules = rules;
        _severities = severities;
        _suppressions = suppressions;
    }

    /// <summary>Gets a set with no rules, to start from when you want only your own.</summary>
    public static ValidationRuleSet Empty { get; } = new(
        ImmutableSortedDictionary.Create<string, IJourneyRule>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<string, IssueSeverity>(StringComparer.Ordinal),
        []);

    /// <summary>Gets the built-in rules at their default severities.</summary>
    public static ValidationRuleSet Default { get; } = Empty.WithAll(BuiltInRules.All);

    /// <summary>Gets the rules, in the order of their ids.</summary>
    public ValueList<IJourneyRule> Rules => ValueList.From(_rules.Values);

    /// <summary>Gets the suppressions, in the order they were added.</summary>
    public ValueList<Suppression> Suppressions => ValueList.From(_suppressions);

    /// <summary>Returns a set that also runs <paramref name="rule"/>.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">The set already has a rule with that id.</exception>
    public ValidationRuleSet With(IJourneyRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var info = rule.Info ?? throw new ArgumentException("The rule's Info must not be null.", nameof(rule));
        if (_rules.TryGetValue(info.Id, out var existing))
        {
            throw new ArgumentException($"The rule set already has a rule with the id '{info.Id}' ({existing.Info.Title}); rule ids must be unique.", nameof(rule));
        }

        return new(_rules.Add(info.Id, rule), _severities, _suppressions);
    }

    /// <summary>Returns a set without the rule <paramref name="ruleId"/>.</summary>
    /// <param name="ruleId">The rule's id, such as <c>JK1007</c>.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">The set has no such rule; the message lists the ids it has.</exception>
    public ValidationRuleSet Without(string ruleId) =>
        new(_rules.Remove(Known(ruleId, nameof(ruleId))), _severities.Remove(ruleId), _suppressions.RemoveAll(s => s.RuleId == ruleId));

    /// <summary>Returns a set in which the rule <paramref name="ruleId"/> reports at <paramref name="severity"/>; <see cref="IssueSeverity.Off"/> turns it off.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <param name="severity">The severity.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">The set has no such rule; the message lists the ids it has.</exception>
    public ValidationRuleSet WithSeverity(string ruleId, IssueSeverity severity) =>
        new(_rules, _severities.SetItem(Known(ruleId, nameof(ruleId)), Guard.Defined(severity, nameof(severity))), _suppressions);

    /// <summary>Returns a set in which the rule <paramref name="ruleId"/> is suppressed for one element; the report lists what was suppressed, and why.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <param name="elementId">The element's id, as in the issue's <see cref="ValidationLocation.ElementId"/>.</param>
    /// <param name="justification">Why the rule does not apply to this element; required.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">The set has no such rule, or an argument is blank.</exception>
    public ValidationRuleSet Suppress(string ruleId, string elementId, string justification)
    {
        Known(ruleId, nameof(ruleId));
        ArgumentException.ThrowIfNullOrWhiteSpace(elementId);
        if (string.IsNullOrWhiteSpace(justification))
        {
            throw new ArgumentException("A suppression needs a justification: say why the rule does not apply to this element.", nameof(justification));
        }

        return new(_rules, _severities, _suppressions.Add(new Suppression(ruleId, elementId, justification)));
    }

    /// <summary>Returns the severity the rule <paramref name="ruleId"/> reports at in this set.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <returns>The overridden severity, or the rule's default.</returns>
    /// <exception cref="ArgumentException">The set has no such rule.</exception>
    public IssueSeverity SeverityOf(string ruleId) =>
        _severities.TryGetValue(Known(ruleId, nameof(ruleId)), out var severity) ? severity : _rules[ruleId].Info.DefaultSeverity;

    /// <summary>Validates a map with this set.</summary>
    /// <param name="map">The map.</param>
    /// <param name="timeProvider">Where the current time comes from, for rules such as the review date; the system clock when <see langword="null"/>.</param>
    /// <param name="language">The language of the issues' messages (built-in rules write in it, your rules read it from <see cref="RuleContext.Language"/>) and of the report's text; when <see langword="null"/>, the language JourneyKit chooses for the map (English unless the map says otherwise).</param>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidOperationException">A rule threw; the inner exception says what went wrong.</exception>
    public ValidationReport Validate(JourneyMap map, TimeProvider? timeProvider = null, JourneyLanguage? language = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        var now = (timeProvider ?? TimeProvider.System).GetUtcNow();
        var writeIn = JourneyLanguage.Choose(language, map);
        var contexts = new List<RuleContext>(_rules.Count);
        var visitors = new List<MapVisitor>();
        var textRules = new List<(TextRule Rule, RuleContext Context)>();
        var builtIns = new List<(WalkingRule Rule, RuleContext Context)>();
        foreach (var (id, rule) in _rules)
        {
            var severity = _severities.TryGetValue(id, out var overridden) ? overridden : rule.Info.DefaultSeverity;
            if (severity == IssueSeverity.Off)
            {
                continue;
            }

            var context = new RuleContext(map, now, rule.Info, severity, _suppressions, writeIn);
            contexts.Add(context);
            if (rule is TextRule textRule)
            {
                textRules.Add((textRule, context));
            }
            else if (rule is WalkingRule builtIn)
            {
                builtIns.Add((builtIn, context));
            }
            else if (rule is IWalkingJourneyRule walking)
            {
                visitors.Add(new GuardedVisitor(rule.Info, map, Created(rule.Info, map, () => walking.CreateVisitor(context))));
            }
            else
            {
                Run(rule.Info, map, () => rule.Check(context));
            }
        }

        if (builtIns.Count > 0)
        {
            visitors.Insert(0, new WalkingRulesVisitor(map, [.. builtIns]));
        }

        if (textRules.Count > 0)
        {
            visitors.Add(new TextRulesVisitor(map, [.. textRules]));
        }

        if (visitors.Count > 0)
        {
            MapWalker.Walk(map, CollectionsMarshal.AsSpan(visitors));
        }

        List<ValidationIssue> issues = [];
        List<SuppressedIssue> suppressed = [];
        foreach (var context in contexts)
        {
            issues.AddRange(context.Issues);
            suppressed.AddRange(context.Suppressed);
        }

        return new ValidationReport(map.Title, writeIn, new ValueList<ValidationIssue>([.. issues]), new ValueList<SuppressedIssue>([.. suppressed]));
    }

    /// <summary>Runs a rule's check; a rule that throws fails the validation with an error that names it.</summary>
    private static void Run(RuleInfo rule, JourneyMap map, Action check)
    {
        try
        {
            check();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw GuardedVisitor.Failed(rule, map, exception);
        }
    }

    private static MapVisitor Created(RuleInfo rule, JourneyMap map, Func<MapVisitor?> create)
    {
        MapVisitor? visitor = null;
        Run(rule, map, () => visitor = create());
        return visitor ?? throw new InvalidOperationException($"The validation rule {rule.Id} ({rule.Title}) made no visitor: CreateVisitor returned null.");
    }

    private ValidationRuleSet WithAll(IEnumerable<IJourneyRule> rules) => rules.Aggregate(this, (set, rule) => set.With(rule));

    private string Known(string ruleId, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId, paramName);
        return _rules.ContainsKey(ruleId)
            ? ruleId
            : throw new ArgumentException($"The rule set has no rule '{ruleId}'. Its rules: {(_rules.IsEmpty ? "(none)" : string.Join(", ", _rules.Keys))}.", paramName);
    }
}
