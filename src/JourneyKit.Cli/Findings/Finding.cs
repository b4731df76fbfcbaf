using JourneyKit.Localization;
using JourneyKit.Validation;

namespace JourneyKit.Cli.Findings;

/// <summary>One thing the tool reports about a map file: a validation issue or a gate regression, with where it is in the file.</summary>
internal sealed record Finding(
    FindingRule Rule,
    IssueSeverity Severity,
    string Message,
    string File,
    int Line,
    int Column,
    string ElementPath);

/// <summary>
/// What a finding's rule is, for people and for code scanning, with the page that explains it. <see cref="Title"/> and
/// <see cref="Help"/> are English, so code scanning's rule metadata and the link stay the same whatever the language;
/// <see cref="ShownTitle"/> is the title in the language of the findings, for the people who read them.
/// </summary>
internal sealed record FindingRule(string Id, string Title, string Help, IssueSeverity DefaultSeverity, string Document)
{
    private const string Docs = "https://github.com/journeykit/journeykit/blob/main/docs/";

    /// <summary>Gets the title in the language of the findings: in annotations a person reads.</summary>
    public string ShownTitle { get; init; } = Title;

    /// <summary>Gets the address of the rule's section in its document (GitHub's anchor of the heading <c>### ID Title</c>).</summary>
    public string HelpUri => $"{Docs}{Document}#{Anchor($"{Id} {Title}")}";

    /// <summary>A validation rule, explained in the catalog of docs/validation.md.</summary>
    public static FindingRule Of(RuleInfo rule, JourneyLanguage language)
    {
        var english = rule.In(JourneyLanguage.English);
        return new(english.Id, english.Title, $"{english.Rationale} {english.Fix}", english.DefaultSeverity, "validation.md") { ShownTitle = rule.In(language).Title };
    }

    private static string Anchor(string heading) =>
        new([.. heading.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-').Select(c => c == ' ' ? '-' : c)]);
}
