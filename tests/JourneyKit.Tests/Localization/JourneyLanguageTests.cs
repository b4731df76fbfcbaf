using JourneyKit.Localization;
using JourneyKit.Rendering;
using JourneyKit.Samples.Maps;

namespace JourneyKit.Tests.Localization;

public class JourneyLanguageTests
{
    private static Dictionary<string, string> TextsOf(JourneyLanguage language) => JourneyLanguage.Keys.ToDictionary(k => k, k => language[k]);

    [Fact]
    public void BuiltIn_EveryLanguage_HasEveryTextWithTheEnglishPlaceholders()
    {
        foreach (var language in JourneyLanguage.BuiltIn)
        {
            FluentActions.Invoking(() => JourneyLanguage.Create(language.Tag, TextsOf(language), language.DecimalSeparator, language.GroupSeparator))
                .Should().NotThrow($"{language} translates every text with the same placeholders");
        }

        JourneyLanguage.BuiltIn.Select(l => l.Tag).Should().Equal("en", "de", "zh-Hans", "bg", "nb");
        JourneyLanguage.Keys.Should().HaveCountGreaterThan(60).And.Contain("Lane.PainPoints");
    }

    [Fact]
    public void BuiltIn_Translations_DifferFromEnglishWhereTheWordsDo()
    {
        foreach (var language in JourneyLanguage.BuiltIn.Skip(1))
        {
            language["Lane.PainPoints"].Should().NotBe(JourneyLanguage.English["Lane.PainPoints"], $"{language} has its own word for pain points");
            language["LineOfVisibility"].Should().NotBe(JourneyLanguage.English["LineOfVisibility"]);
        }
    }

    [Fact]
    public void Create_IncompleteOrWrongTranslation_ThrowsListingEachProblem()
    {
        var texts = TextsOf(JourneyLanguage.English);
        texts.Remove("Lane.Steps");
        texts["Owner"] = "Propriétaire";
        texts["Lane.Unknown"] = "?";

        FluentActions.Invoking(() => JourneyLanguage.Create("fr", texts)).Should().Throw<ArgumentException>().WithMessage("""
            The texts of language 'fr' have 3 problem(s):
            - 'Lane.Steps' is missing
            - 'Lane.Unknown' is not a key
            - 'Owner' has the placeholders {} instead of {0}*
            """);
    }

    [Fact]
    public void Create_CompleteTranslation_IsUsedForPictures()
    {
        var texts = TextsOf(JourneyLanguage.English);
        texts["Lane.PainPoints"] = "Points de douleur";
        var french = JourneyLanguage.Create("fr", texts, ',', "\u202F");

        var svg = new JourneyMapSvg { Options = RenderOptions.Default with { Language = french } }.Serialize(CanteenLunch.Build());

        svg.Should().Contain(">Points de douleur<").And.Contain("4,2");
    }

    [Theory]
    [InlineData("de-AT", "de")]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("zh-Hans-SG", "zh-Hans")]
    [InlineData("no", "nb")]
    [InlineData("nb_NO", "nb")]
    [InlineData("bg", "bg")]
    [InlineData("en-GB", "en")]
    public void Find_TagOfABuiltInLanguage_GivesIt(string tag, string expected) => JourneyLanguage.Find(tag)!.Tag.Should().Be(expected);

    [Theory]
    [InlineData("fr")]
    [InlineData("zh-TW")]
    [InlineData("zh-Hant")]
    public void Find_OtherLanguage_GivesNull(string tag) => JourneyLanguage.Find(tag).Should().BeNull();

    [Fact]
    public void Indexer_UnknownKey_ThrowsNamingIt() =>
        FluentActions.Invoking(() => JourneyLanguage.German["Nope"]).Should().Throw<ArgumentException>().WithMessage("No text has the key 'Nope'*");

    [Fact]
    public void Equals_SameTexts_AreEqual()
    {
        JourneyLanguage.Create("de", TextsOf(JourneyLanguage.German), ',', ".").Should().Be(JourneyLanguage.German);
        JourneyLanguage.German.Should().NotBe(JourneyLanguage.English);
    }
}
