using JourneyKit.Cli.Output;
using JourneyKit.Localization;
using JourneyKit.Validation;

namespace JourneyKit.Cli.Configuration;

/// <summary>
/// The settings of <c>.journeykit.json</c>: the rule set (severity overrides and suppressions with their justification),
/// the gate's thresholds, and the default format, <c>--fail-on</c> and <c>--language</c> of each command.
/// </summary>
internal sealed record ToolConfig
{
    public const string FileName = ".journeykit.json";

    public static ToolConfig Default { get; } = new();

    /// <summary>Gets the file the settings came from, or <see langword="null"/> for the defaults.</summary>
    public string? Path { get; init; }

    /// <summary>Gets the severity of each rule the file overrides (<see cref="IssueSeverity.Off"/> turns one off).</summary>
    public IReadOnlyDictionary<string, IssueSeverity> Rules { get; init; } = new Dictionary<string, IssueSeverity>();

    public IReadOnlyList<Suppression> Suppressions { get; init; } = [];

    public IReadOnlyDictionary<string, CommandDefaults> Commands { get; init; } = new Dictionary<string, CommandDefaults>();

    public GateThresholds Gate { get; init; } = new();

    /// <summary>The rule set: the default one with this file's overrides and suppressions.</summary>
    public ValidationRuleSet RuleSet()
    {
        var rules = ValidationRuleSet.Default;
        foreach (var (id, severity) in Rules)
        {
            rules = rules.WithSeverity(id, severity);
        }

        foreach (var suppression in Suppressions)
        {
            rules = rules.Suppress(suppression.Rule, suppression.Element, suppression.Justification);
        }

        return rules;
    }

    public CommandDefaults For(string command) => Commands.TryGetValue(command, out var defaults) ? defaults : CommandDefaults.None;

    /// <summary>A suppression of one rule for one element, with the reason a reviewer reads.</summary>
    internal sealed record Suppression(string Rule, string Element, string Justification);
}

/// <summary>A command's default format, <c>--fail-on</c> and <c>--language</c>, used when the command line does not give them.</summary>
internal sealed record CommandDefaults(string? Format, FailOn? FailOn, JourneyLanguage? Language)
{
    public static CommandDefaults None { get; } = new(null, null, null);
}

/// <summary>What the gate counts as a regression, and how severe each kind is.</summary>
internal sealed record GateThresholds
{
    /// <summary>Gets the lowest severity of a new pain point that counts (JKG001).</summary>
    public PainSeverity PainPointSeverity { get; init; } = PainSeverity.High;

    /// <summary>Gets the fall of a step's emotion, in points, that counts (JKG002).</summary>
    public int EmotionDrop { get; init; } = 2;

    /// <summary>Gets the severity of each gate rule the file overrides.</summary>
    public IReadOnlyDictionary<string, IssueSeverity> Severities { get; init; } = new Dictionary<string, IssueSeverity>();
}
