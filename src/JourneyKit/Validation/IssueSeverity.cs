namespace JourneyKit.Validation;

/// <summary>How much a validation issue matters.</summary>
public enum IssueSeverity
{
    /// <summary>Turns a rule off; used only in <see cref="ValidationRuleSet.WithSeverity(string, IssueSeverity)"/>, never on an issue.</summary>
    Off = 0,

    /// <summary>A suggestion; never makes a map invalid.</summary>
    Info,

    /// <summary>A likely problem worth fixing; never makes a map invalid.</summary>
    Warning,

    /// <summary>A problem that makes the map invalid.</summary>
    Error,
}

/// <summary>What part of journey-mapping practice a rule checks.</summary>
public enum RuleCategory
{
    /// <summary>Whether the map tells a whole story: personas, stages, steps.</summary>
    Story = 0,

    /// <summary>Whether every stage and step has someone responsible.</summary>
    Ownership,

    /// <summary>Whether stages are measured and metrics are usable.</summary>
    Measurement,

    /// <summary>Whether the customer's experience is recorded: emotions, questions, touchpoints.</summary>
    Experience,

    /// <summary>Whether pain points lead to opportunities and opportunities to pain points.</summary>
    Improvement,

    /// <summary>Whether catalog entries are used.</summary>
    Catalog,

    /// <summary>Whether text is safe and readable.</summary>
    Text,

    /// <summary>Whether non-linear paths let customers through.</summary>
    Flow,

    /// <summary>Whether the map is kept up to date.</summary>
    Maintenance,
}
