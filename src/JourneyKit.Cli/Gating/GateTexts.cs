using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using JourneyKit.Localization;
using JourneyKit.Validation;

namespace JourneyKit.Cli.Gating;

/// <summary>
/// The gate's own sentences in each built-in language: the rules' titles, the regressions' messages and the job
/// summary, read from the embedded <c>GateTexts.resx</c> (English) and <c>GateTexts.de.resx</c> and the like, once
/// per language. The words of the map (severities, statuses, changes) come from the library's <see cref="JourneyLanguage"/>.
/// Immutable and thread-safe.
/// </summary>
internal sealed class GateTexts
{
    private const string Prefix = "JourneyKit.Cli.Gating.GateTexts", Suffix = ".resources";

    /// <summary>The embedded languages by tag (<c>en</c> for <c>GateTexts.resx</c>), each read the first time it is asked for.</summary>
    private static readonly FrozenDictionary<string, Lazy<FrozenDictionary<string, string>>> Embedded = typeof(GateTexts).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
        .ToFrozenDictionary(
            n => n[Prefix.Length..^Suffix.Length] is { Length: > 0 } culture ? culture[1..] : "en",
            n => new Lazy<FrozenDictionary<string, string>>(() => Read(n)),
            StringComparer.Ordinal);

    private readonly FrozenDictionary<string, string> _texts;

    private GateTexts(FrozenDictionary<string, string> texts, NumberFormatInfo numbers)
    {
        _texts = texts;
        Numbers = numbers;
    }

    /// <summary>Gets the tags of the languages whose texts are embedded: <c>en</c>, <c>de</c> and the like.</summary>
    public static IEnumerable<string> Tags => Embedded.Keys;

    public string NewPainPoint => this["Gate.NewPainPoint"];

    public string EmotionDrop => this["Gate.EmotionDrop"];

    public string ForPersona => this["Gate.ForPersona"];

    public string MetricAway => this["Gate.MetricAway"];

    public string OpportunityDropped => this["Gate.OpportunityDropped"];

    public string StageLostOwner => this["Gate.StageLostOwner"];

    public string Heading => this["Gate.Heading"];

    public string NoRegression => this["Gate.NoRegression"];

    /// <summary>Gets the job summary's column headings: severity, rule, finding.</summary>
    public string[] Columns => [this["Gate.Column.Severity"], this["Gate.Column.Rule"], this["Gate.Column.Finding"]];

    /// <summary>Gets the language's numbers: its decimal separator, no grouping, as the gate wrote them in English.</summary>
    public NumberFormatInfo Numbers { get; }

    private string this[string key] => _texts.TryGetValue(key, out var text)
        ? text
        : throw new InvalidOperationException($"The gate's text '{key}' is not embedded in JourneyKit.Cli.");

    /// <summary>The gate's texts in a built-in language (the command line and the configuration accept no other), else English.</summary>
    public static GateTexts For(JourneyLanguage language)
    {
        var numbers = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        numbers.NumberDecimalSeparator = language.DecimalSeparator.ToString();
        return new GateTexts(TextsOf(language.Tag) ?? TextsOf("en")!, NumberFormatInfo.ReadOnly(numbers));
    }

    /// <summary>The texts of an embedded language by key, or <see langword="null"/> when none is embedded for the tag.</summary>
    public static FrozenDictionary<string, string>? TextsOf(string tag) => Embedded.GetValueOrDefault(tag)?.Value;

    /// <summary>Gets a rule's title: <c>Gate.Title.</c> and its id.</summary>
    public string Title(string ruleId) => this["Gate.Title." + ruleId];

    public string Format(string text, params object?[] values) => string.Format(Numbers, text, values);

    public string Severity(IssueSeverity severity) => this[severity switch
    {
        IssueSeverity.Error => "Gate.Severity.Error",
        IssueSeverity.Warning => "Gate.Severity.Warning",
        _ => "Gate.Severity.Info",
    }];

    private static FrozenDictionary<string, string> Read(string resource)
    {
        using var stream = typeof(GateTexts).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new ResourceReader(stream);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = reader.GetEnumerator();
        while (entries.MoveNext())
        {
            texts[(string)entries.Key] = (string)entries.Value!;
        }

        return texts.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
