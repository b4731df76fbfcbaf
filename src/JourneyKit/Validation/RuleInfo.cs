using JourneyKit.Internal;
using JourneyKit.Localization;

namespace JourneyKit.Validation;

/// <summary>What a validation rule is: its stable id, title, default severity, category, why it matters and how to fix what it finds.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RuleInfo
{
    /// <summary>Describes a rule.</summary>
    /// <param name="id">The stable id, such as <c>JK1004</c> or, for your own rules, a prefix of your own (<c>ACME001</c>).</param>
    /// <param name="title">A short title, such as "Stage has no owner".</param>
    /// <param name="defaultSeverity">The severity unless a rule set overrides it; not <see cref="IssueSeverity.Off"/>.</param>
    /// <param name="category">What part of practice the rule checks.</param>
    /// <param name="rationale">Why it matters.</param>
    /// <param name="fix">How to fix what it finds.</param>
    /// <exception cref="ArgumentException">A text is blank, the id holds white space, or the severity is <see cref="IssueSeverity.Off"/>.</exception>
    public RuleInfo(string id, string title, IssueSeverity defaultSeverity, RuleCategory category, string rationale, string fix)
    {
        Id = Guard.Text(id, nameof(id));
        if (id.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"A rule id must not hold white space: '{id}'.", nameof(id));
        }

        Title = Guard.Text(title, nameof(title));
        if (Guard.Defined(defaultSeverity, nameof(defaultSeverity)) == IssueSeverity.Off)
        {
            throw new ArgumentException("A rule's default severity must be Info, Warning or Error; turn rules off in a rule set.", nameof(defaultSeverity));
        }

        DefaultSeverity = defaultSeverity;
        Category = Guard.Defined(category, nameof(category));
        Rationale = Guard.Text(rationale, nameof(rationale));
        Fix = Guard.Text(fix, nameof(fix));
    }

    /// <summary>Gets the stable id; ids are never reused.</summary>
    public string Id { get; }

    /// <summary>Gets the short title.</summary>
    public string Title { get; }

    /// <summary>Gets the severity unless a rule set overrides it.</summary>
    public IssueSeverity DefaultSeverity { get; }

    /// <summary>Gets what part of practice the rule checks.</summary>
    public RuleCategory Category { get; }

    /// <summary>Gets why the rule matters.</summary>
    public string Rationale { get; }

    /// <summary>Gets how to fix what the rule finds.</summary>
    public string Fix { get; }

    /// <summary>Gets whether this is a built-in rule's info, whose texts JourneyKit has in every language.</summary>
    internal bool IsBuiltIn { get; private init; }

    /// <summary>
    /// Returns this info as read in a language: a built-in rule's title, rationale and fix in that language (its id,
    /// severity and category unchanged); your own rules' info as it is, since only you know their texts.
    /// </summary>
    /// <param name="language">The language, such as <see cref="JourneyLanguage.German"/>.</param>
    /// <returns>The info in that language, or this info for a rule that is not built in.</returns>
    public RuleInfo In(JourneyLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return IsBuiltIn ? BuiltIn(Id, DefaultSeverity, Category, language) : this;
    }

    /// <summary>Describes a built-in rule with its texts <c>&lt;id&gt;.Title</c>, <c>.Rationale</c> and <c>.Fix</c> in a language.</summary>
    internal static RuleInfo BuiltIn(string id, IssueSeverity severity, RuleCategory category, JourneyLanguage language) =>
        new(id, language[id + ".Title"], severity, category, language[id + ".Rationale"], language[id + ".Fix"]) { IsBuiltIn = true };

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Title} ({DefaultSeverity})";
}
