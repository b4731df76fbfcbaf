using System.Globalization;
using System.Text.RegularExpressions;
using JourneyKit.Cli.Gating;
using JourneyKit.Localization;

namespace JourneyKit.Cli.Tests.Gating;

public partial class GateTextsTests
{
    public static TheoryData<string> BuiltInTags => [.. JourneyLanguage.BuiltIn.Select(l => l.Tag)];

    [Theory]
    [MemberData(nameof(BuiltInTags))]
    public void TextsOf_BuiltInLanguage_HasEveryKeyWithTheEnglishPlaceholders(string tag)
    {
        var english = GateTexts.TextsOf("en")!;
        var texts = GateTexts.TextsOf(tag);

        texts.Should().NotBeNull($"GateTexts.{tag}.resx should be embedded");
        texts!.Keys.Should().BeEquivalentTo(english.Keys);
        foreach (var (key, text) in english)
        {
            Placeholders(texts[key]).Should().BeEquivalentTo(Placeholders(text), $"'{key}' in {tag} fills the same values as in English");
            texts[key].Should().NotBeNullOrWhiteSpace(key);
        }
    }

    [Fact]
    public void Tags_EmbeddedLanguages_AreTheBuiltInOnes() =>
        GateTexts.Tags.Should().BeEquivalentTo(JourneyLanguage.BuiltIn.Select(l => l.Tag));

    [Fact]
    public void Title_EveryRuleInEnglish_IsTheRulesOwnTitle()
    {
        var texts = GateTexts.For(JourneyLanguage.English);

        foreach (var rule in GateRules.All)
        {
            texts.Title(rule.Id).Should().Be(rule.Title);
        }
    }

    [Fact]
    public void For_GermanLanguage_GivesGermanTextsAndDecimalComma()
    {
        var texts = GateTexts.For(JourneyLanguage.German);

        texts.Title("JKG002").Should().Be("Emotionaler Einbruch");
        texts.Format(texts.MetricAway, "Queue time", "Pay", 12, 14.5m, 5).Should().Be("Kennzahl „Queue time“ (Pay) ging von 12 auf 14,5, weg von ihrem Ziel 5.");
        texts.Columns.Should().Equal("Schweregrad", "Regel", "Befund");
    }

    private static HashSet<int> Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture))];

    [GeneratedRegex(@"\{(\d+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();
}
