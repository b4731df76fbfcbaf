namespace JourneyKit.Validation;

/// <summary>A rule turned off for one element, with the reason why.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Suppression
{
    internal Suppression(string ruleId, string elementId, string justification)
    {
        RuleId = ruleId;
        ElementId = elementId;
        Justification = justification;
    }

    /// <summary>Gets the id of the suppressed rule.</summary>
    public string RuleId { get; }

    /// <summary>Gets the id of the element the rule is suppressed for.</summary>
    public string ElementId { get; }

    /// <summary>Gets why the rule does not apply there.</summary>
    public string Justification { get; }

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} on {ElementId}: {Justification}";
}
