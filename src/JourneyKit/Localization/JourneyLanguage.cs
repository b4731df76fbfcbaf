using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using JourneyKit.Internal;

namespace JourneyKit.Localization;

/// <summary>
/// A language JourneyKit writes in around a map's own labels (lane titles, legends, facts, accessible descriptions),
/// with the way it writes numbers. Chosen explicitly in the options, never taken from the thread's culture, so the
/// same map and options give the same bytes on every machine. Built in: English, German, Simplified Chinese, Bulgarian
/// and Norwegian Bokmål; <see cref="Create"/> plugs in another.
/// </summary>
public sealed partial class JourneyLanguage : IEquatable<JourneyLanguage>
{
    private static readonly Lazy<JourneyLanguage> LazyEnglish = new(() => BuiltInLanguage("en", "", '.', ","));
    private static readonly Lazy<JourneyLanguage> LazyGerman = new(() => BuiltInLanguage("de", "de", ',', "."));
    private static readonly Lazy<JourneyLanguage> LazyChinese = new(() => BuiltInLanguage("zh-Hans", "zh-Hans", '.', ","));
    private static readonly Lazy<JourneyLanguage> LazyBulgarian = new(() => BuiltInLanguage("bg", "bg", ',', "\u00A0"));
    private static readonly Lazy<JourneyLanguage> LazyNorwegian = new(() => BuiltInLanguage("nb", "nb", ',', "\u00A0"));

    private readonly FrozenDictionary<string, string> _texts;

    private JourneyLanguage(string tag, FrozenDictionary<string, string> texts, char decimalSeparator, string groupSeparator)
    {
        Tag = tag;
        _texts = texts;
        DecimalSeparator = decimalSeparator;
        GroupSeparator = groupSeparator;
        Numbers = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        Numbers.NumberDecimalSeparator = Numbers.PercentDecimalSeparator = decimalSeparator.ToString();
        Numbers.NumberGroupSeparator = Numbers.PercentGroupSeparator = groupSeparator;
        Numbers = NumberFormatInfo.ReadOnly(Numbers);
    }

    /// <summary>Gets English, the default.</summary>
    public static JourneyLanguage English => LazyEnglish.Value;

    /// <summary>Gets German (Deutsch), with a decimal comma.</summary>
    public static JourneyLanguage German => LazyGerman.Value;

    /// <summary>Gets Simplified Chinese (简体中文).</summary>
    public static JourneyLanguage SimplifiedChinese => LazyChinese.Value;

    /// <summary>Gets Bulgarian (български), with a decimal comma.</summary>
    public static JourneyLanguage Bulgarian => LazyBulgarian.Value;

    /// <summary>Gets Norwegian Bokmål (norsk bokmål), with a decimal comma.</summary>
    public static JourneyLanguage NorwegianBokmal => LazyNorwegian.Value;

    /// <summary>Gets the built-in languages.</summary>
    public static ValueList<JourneyLanguage> BuiltIn => [English, German, SimplifiedChinese, Bulgarian, NorwegianBokmal];

    /// <summary>Gets every text's key, in order: what a translation for <see cref="Create"/> gives.</summary>
    public static ValueList<string> Keys => ValueList.From(English._texts.Keys.Order(StringComparer.Ordinal));

    /// <summary>Gets the language's BCP 47 tag: <c>en</c>, <c>de</c>, <c>zh-Hans</c>, <c>bg</c>, <c>nb</c>, or a plugged-in one's.</summary>
    public string Tag { get; }

    /// <summary>Gets the character between a number's whole part and its fraction.</summary>
    public char DecimalSeparator { get; }

    /// <summary>Gets the text between groups of thousands.</summary>
    public string GroupSeparator { get; }

    /// <summary>Gets how numbers are written: the invariant format with this language's separators, the same on every machine.</summary>
    internal NumberFormatInfo Numbers { get; }

    /// <summary>Gets a text by its key.</summary>
    /// <param name="key">One of <see cref="Keys"/>.</param>
    /// <returns>The text, with <c>{0}</c>-style placeholders where it takes values.</returns>
    /// <exception cref="ArgumentException">No text has that key.</exception>
    public string this[string key] => _texts.TryGetValue(key, out var text)
        ? text
        : throw new ArgumentException($"No text has the key '{key}'; the keys are listed by JourneyLanguage.Keys.", nameof(key));

    /// <summary>Finds the built-in language for a tag: <c>de-AT</c> gives German, <c>zh-CN</c> Simplified Chinese, <c>no</c> Norwegian Bokmål.</summary>
    /// <param name="tag">A BCP 47 language tag.</param>
    /// <returns>The language, or <see langword="null"/> when none is built in for it.</returns>
    public static JourneyLanguage? Find(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var parts = tag.Replace('_', '-').Split('-');
        return parts[0].ToLowerInvariant() switch
        {
            "en" => English,
            "de" => German,
            "bg" => Bulgarian,
            "nb" or "no" => NorwegianBokmal,
            "zh" when !parts.Skip(1).Any(p => p.Equals("Hant", StringComparison.OrdinalIgnoreCase) || p.ToUpperInvariant() is "TW" or "HK" or "MO") => SimplifiedChinese,
            _ => null,
        };
    }

    /// <summary>
    /// Plugs in a language JourneyKit does not ship: every key of <see cref="Keys"/> translated, each with the same
    /// placeholders as the English text.
    /// </summary>
    /// <param name="tag">The language's BCP 47 tag, written into HTML's <c>lang</c>.</param>
    /// <param name="texts">A text for every key.</param>
    /// <param name="decimalSeparator">The character between a number's whole part and its fraction.</param>
    /// <param name="groupSeparator">The text between groups of thousands.</param>
    /// <returns>The language.</returns>
    /// <exception cref="ArgumentException"><paramref name="tag"/> is not a well-formed BCP 47 tag, or a key is missing or unknown, or a text's placeholders differ from the English text's; the message lists each.</exception>
    public static JourneyLanguage Create(string tag, IReadOnlyDictionary<string, string> texts, char decimalSeparator = '.', string groupSeparator = ",")
    {
        LanguageTags.Guard(tag, nameof(tag));
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(groupSeparator);
        var problems = Problems(texts);
        return problems.Count == 0
            ? new JourneyLanguage(tag, texts.ToFrozenDictionary(StringComparer.Ordinal), decimalSeparator, groupSeparator)
            : throw new ArgumentException($"The texts of language '{tag}' have {problems.Count} problem(s):\n- {string.Join("\n- ", problems)}", nameof(texts));
    }

    /// <summary>What is wrong with a translation: keys missing or unknown, placeholders that differ from English.</summary>
    internal static List<string> Problems(IReadOnlyDictionary<string, string> texts)
    {
        var english = English._texts;
        var problems = english.Keys.Where(k => !texts.ContainsKey(k)).Order(StringComparer.Ordinal).Select(k => $"'{k}' is missing").ToList();
        problems.AddRange(texts.Keys.Where(k => !english.ContainsKey(k)).Order(StringComparer.Ordinal).Select(k => $"'{k}' is not a key"));
        foreach (var (key, text) in texts.Where(t => english.ContainsKey(t.Key)).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var expected = Placeholders(english[key]);
            var actual = Placeholders(text ?? "");
            if (!expected.SetEquals(actual))
            {
                problems.Add($"'{key}' has the placeholders {{{string.Join("}, {", actual.Order())}}} instead of {{{string.Join("}, {", expected.Order())}}}");
            }
        }

        return problems;
    }

    /// <summary>The language to write a map's texts in: the one chosen in the options, else the map's own, else English.</summary>
    internal static JourneyLanguage Choose(JourneyLanguage? chosen, JourneyMap map) => chosen ?? (map.Language is { } tag ? Find(tag) : null) ?? English;

    /// <summary>Fills a text's placeholders; numbers should already be written with <see cref="Number(decimal)"/>.</summary>
    internal string Format(string key, params object?[] values) => string.Format(Numbers, this[key], values);

    /// <summary>
    /// Fills the text for a count: the key with <c>.One</c> for exactly one and <c>.Other</c> otherwise, the count as
    /// <c>{0}</c> and <paramref name="more"/> after it. Every built-in language and plugged-in one gives both forms.
    /// </summary>
    internal string Plural(string key, int count, params object?[] more) => Format(key + (count == 1 ? ".One" : ".Other"), [count, .. more]);

    /// <summary>Gets a text by its key, or <paramref name="fallback"/> when no text has it (a word for a value the texts do not know).</summary>
    internal string TextOr(string key, string fallback) => _texts.GetValueOrDefault(key) ?? fallback;

    /// <summary>A number as this language writes it: at most two decimals, no group separators.</summary>
    internal string Number(decimal value) => value.ToString("0.##", Numbers);

    /// <summary>A number as this language writes it: at most one decimal.</summary>
    internal string Number(double value) => value.ToString("0.#", Numbers);

    /// <inheritdoc/>
    public bool Equals(JourneyLanguage? other) => other is not null && Tag == other.Tag && DecimalSeparator == other.DecimalSeparator
        && GroupSeparator == other.GroupSeparator && _texts.Count == other._texts.Count && _texts.All(t => other._texts.TryGetValue(t.Key, out var o) && o == t.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as JourneyLanguage);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Tag, DecimalSeparator, GroupSeparator, _texts.Count);

    /// <summary>Gets the language's tag.</summary>
    /// <returns>The tag.</returns>
    public override string ToString() => Tag;

    private static HashSet<int> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture))];

    /// <summary>
    /// Reads a built-in language from every embedded set of texts in its culture: <c>Texts.resx</c> and the other sets
    /// (one per area, so translators work on one at a time) hold English, <c>Texts.de.resx</c> and the like the translations.
    /// </summary>
    private static JourneyLanguage BuiltInLanguage(string tag, string culture, char decimalSeparator, string groupSeparator)
    {
        const string Prefix = "JourneyKit.Localization.", Suffix = ".resources";
        var assembly = typeof(JourneyLanguage).Assembly;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal)))
        {
            var set = name[Prefix.Length..^Suffix.Length];
            var dot = set.IndexOf('.', StringComparison.Ordinal);
            if ((dot < 0 ? "" : set[(dot + 1)..]) != culture)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new ResourceReader(stream);
            var entries = reader.GetEnumerator();
            while (entries.MoveNext())
            {
                texts[(string)entries.Key] = (string)entries.Value!;
            }
        }

        return texts.Count > 0
            ? new JourneyLanguage(tag, texts.ToFrozenDictionary(StringComparer.Ordinal), decimalSeparator, groupSeparator)
            : throw new InvalidOperationException($"The texts of '{tag}' are not embedded in JourneyKit.");
    }

    [GeneratedRegex(@"\{(\d+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();
}
