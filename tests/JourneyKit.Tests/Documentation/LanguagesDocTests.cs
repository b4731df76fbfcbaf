using JourneyKit.Diffing;
using JourneyKit.Localization;
using JourneyKit.Rendering;
using JourneyKit.Samples.Maps;
using JourneyKit.Serialization.Markdown;
using JourneyKit.Tests.Support;
using JourneyKit.Validation;

namespace JourneyKit.Tests.Documentation;

/// <summary>The code of docs/languages.md, compiled and run.</summary>
public class LanguagesDocTests
{
    private static readonly FixedClock Today = FixedClock.On(2026, 11, 22);

    [Theory]
    [InlineData("doc-map-language")]
    [InlineData("doc-chosen-language")]
    [InlineData("doc-plug-in")]
    public void LanguagesDoc_ShowsTheCompiledCode(string region) =>
        DocSnippets.AssertShownIn("docs/languages.md", "LanguagesDocTests.cs", region);

    [Fact]
    public void LanguagesDoc_MapLanguage_Runs()
    {
        var timeProvider = Today;
        #region doc-map-language
        var map = JourneyMap.Create("Kjøpe lunsj i kantinen")
            .Language("nb")                                   // the team writes in Norwegian Bokmål
            .Stage("Betale", s => s.Step("Betaler i kassen", p => p.Emotion(-1, "irritert")))
            .Build();

        string svg = JourneyMapSvg.Default.Serialize(map);    // "Smertepunkter", "Følelsesskala -2 til +2"
        string page = JourneyMapHtml.Default.Serialize(map);  // <html lang="nb">, "Smertepunkter, de alvorligste først"
        ValidationReport report = map.Validate(timeProvider: timeProvider);  // "Validering av 'Kjøpe lunsj i kantinen': ..."
        #endregion

        svg.Should().Contain("Følelsesskala -2 til +2");
        page.Should().Contain("<html lang=\"nb\">").And.Contain("Smertepunkter, de alvorligste først");
        report.ToString().Should().StartWith("Validering av 'Kjøpe lunsj i kantinen': ");
        report.Language.Should().Be(JourneyLanguage.NorwegianBokmal);
    }

    [Fact]
    public void LanguagesDoc_ChosenLanguage_Runs()
    {
        var (before, after, map) = (OnlineShoePurchase.Build(3), OnlineShoePurchase.Build(4), CanteenLunch.Build());
        #region doc-chosen-language
        var german = JourneyLanguage.German;                  // or JourneyLanguage.Find("de-AT")
        var picture = new JourneyMapSvg { Options = RenderOptions.Default with { Language = german } };
        var markdown = new JourneyMapMarkdown { Language = german };
        string svg = picture.Serialize(map);                  // "Schmerzpunkte", "Meal satisfaction: 4,2"
        string md = markdown.Serialize(map);                  // "## Phasen", "| Schritt | Gefühl | ..."
        string issues = map.Validate(language: german).ToString();
        string changelog = DiffSummary.Of(before, after).ToMarkdown(german);
        #endregion

        svg.Should().Contain(">Schmerzpunkte<").And.Contain("Meal satisfaction: 4,2");
        md.Should().Contain("## Phasen").And.Contain("| Schritt | Gefühl |");
        issues.Should().StartWith("Validierung von 'Buy lunch in the canteen'");
        changelog.Should().Contain("Änderungen");
    }

    [Fact]
    public void LanguagesDoc_PlugIn_Runs()
    {
        var map = CanteenLunch.Build();
        #region doc-plug-in
        // A text for every key, with the English text's placeholders: here English with a few French words.
        var texts = JourneyLanguage.Keys.ToDictionary(key => key, key => JourneyLanguage.English[key]);
        texts["Lane.PainPoints"] = "Points de douleur";
        texts["Lane.Opportunities"] = "Opportunités";
        var french = JourneyLanguage.Create("fr", texts, decimalSeparator: ',', groupSeparator: "\u202F");

        string svg = new JourneyMapSvg { Options = RenderOptions.Default with { Language = french } }.Serialize(map);
        #endregion

        svg.Should().Contain(">Points de douleur<").And.Contain(">Opportunités<").And.Contain("4,2");
    }
}
