using JourneyKit.Localization;

namespace JourneyKit.Validation;

/// <summary>What a rule sees while it checks a map: the map, the current time, the language to write in, and where to report findings.</summary>
/// <remarks>One context serves one rule for one map; it is not shared between threads.</remarks>
public sealed class RuleContext
{
    private readonly IssueSeverity _severity;
    private readonly IReadOnlyList<Suppression> _suppressions;
    private readonly List<ValidationIssue> _issues;
    private readonly List<SuppressedIssue> _suppressed;

    internal RuleContext(JourneyMap map, DateTimeOffset now, RuleInfo rule, IssueSeverity severity, IReadOnlyList<Suppression> suppressions, JourneyLanguage? language = null)
    {
        Map = map;
        Now = now;
        Rule = rule;
        Language = language ?? JourneyLanguage.English;
        _severity = severity;
        _suppressions = suppressions;
        _issues = [];
        _suppressed = [];
    }

    /// <summary>Gets the map being checked.</summary>
    public JourneyMap Map { get; }

    /// <summary>Gets the current time, from the <see cref="TimeProvider"/> the validation was given.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>Gets the rule being run.</summary>
    public RuleInfo Rule { get; }

    /// <summary>
    /// Gets the language the report is written in: write your messages in it, as the built-in rules do, when your rule
    /// knows more than one. It is the language given to the validation, else English.
    /// </summary>
    /// <example>
    /// <code>
    /// var message = context.Language.Tag == "de" ? $"Schritt '{step.Name}' hat keine Verantwortlichen." : $"Step '{step.Name}' has no owner.";
    /// </code>
    /// </example>
    public JourneyLanguage Language { get; }

    /// <summary>Gets or sets what a built-in rule keeps between the steps of one walk over the map.</summary>
    internal object? State { get; set; }

    internal IReadOnlyList<ValidationIssue> Issues => _issues;

    internal IReadOnlyList<SuppressedIssue> Suppressed => _suppressed;

    /// <summary>Reports a finding of the rule at a location.</summary>
    /// <param name="location">Where it was found; build it with <see cref="ValidationLocation"/>'s <c>Of</c> methods.</param>
    /// <param name="message">What was found, what was expected and how to fix it, naming the element, in <see cref="Language"/>; kept as it is, never read as a format.</param>
    public void Report(ValidationLocation location, string message)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        var issue = new ValidationIssue(Rule.Id, _severity, message, location);
        foreach (var suppression in _suppressions)
        {
            if (suppression.RuleId == Rule.Id && suppression.ElementId == location.ElementId)
            {
                _suppressed.Add(new SuppressedIssue(issue, suppression.Justification));
                return;
            }
        }

        _issues.Add(issue);
    }
}
