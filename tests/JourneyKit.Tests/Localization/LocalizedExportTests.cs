using JourneyKit.Diffing;
using JourneyKit.Localization;
using JourneyKit.Rendering;
using JourneyKit.Samples.Maps;
using JourneyKit.Serialization.Csv;
using JourneyKit.Serialization.Json;
using JourneyKit.Serialization.Markdown;
using JourneyKit.Serialization.Mermaid;

namespace JourneyKit.Tests.Localization;

/// <summary>The HTML page, Markdown and CSV write around the map's labels in the chosen language, else the map's own.</summary>
public class LocalizedExportTests
{
    private static string Html(JourneyMap map, JourneyLanguage? language = null) =>
        new JourneyMapHtml { Options = RenderOptions.Default with { Language = language } }.Serialize(map);

    [Fact]
    public void HtmlSerialize_German_WritesHeadingsTablesAndTheLanguageTagInGerman()
    {
        var html = Html(OnlineShoePurchase.Build(), JourneyLanguage.German);

        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"de\">").And.Contain("<h2>Schmerzpunkte, die schwersten zuerst</h2>")
            .And.Contain("<th scope=\"col\">Schweregrad</th>").And.Contain("<th scope=\"col\">Berührungspunkte</th>").And.Contain("Kundenreise: Kauf, B2C")
            .And.Contain("<h2>Persona: Weekend runner</h2>").And.Contain("<dt>Ziele</dt>").And.Contain("Die Customer-Journey-Map von Buy running shoes online");
        foreach (var english in new[] { "Pain points, most severe first", ">Severity<", ">Touchpoints<", "Purchase journey", "<dt>Goals</dt>", "stages", "Opportunities, highest" })
        {
            html.Should().NotContain(english, "a German page adds no English words");
        }
    }

    [Theory]
    [InlineData("zh-Hans", "<html lang=\"zh-Hans\">", "<h2>痛点，最严重的在前</h2>")]
    [InlineData("bg", "<html lang=\"bg\">", "<h2>Болезнени точки, първо най-тежките</h2>")]
    [InlineData("nb", "<html lang=\"nb\">", "<h2>Smertepunkter, de alvorligste først</h2>")]
    public void HtmlSerialize_MapInABuiltInLanguage_WritesInItWithoutOptions(string tag, string root, string heading)
    {
        var map = CanteenLunch.Build().WithLanguage(tag);

        Html(map).Should().Contain(root).And.Contain(heading);
        JourneyMapHtml.Default.Serialize(map).Should().Be(Html(map, JourneyLanguage.Find(tag)));
    }

    [Fact]
    public void HtmlSerialize_ChosenLanguage_WinsOverTheMapsOwn()
    {
        var map = CanteenLunch.Build().WithLanguage("nb");

        Html(map, JourneyLanguage.German).Should().Contain("<html lang=\"de\">").And.Contain("Schmerzpunkte").And.NotContain("Smertepunkter");
    }

    [Fact]
    public void HtmlSerialize_MapInALanguageNotBuiltIn_WritesEnglish()
    {
        var map = CanteenLunch.Build();

        Html(map.WithLanguage("fr-CA")).Should().Be(Html(map));
    }

    [Fact]
    public void HtmlSerialize_PluggedInLanguage_WritesItsTagAndTexts()
    {
        var texts = JourneyLanguage.Keys.ToDictionary(k => k, k => JourneyLanguage.English[k]);
        texts["Page.PainPoints"] = "Points de douleur, les plus graves d'abord";
        var french = JourneyLanguage.Create("fr", texts, ',', "\u202F");

        Html(CanteenLunch.Build(), french).Should().Contain("<html lang=\"fr\">").And.Contain("Points de douleur, les plus graves d&#39;abord");
    }

    [Fact]
    public void HtmlRenderDiff_German_WritesTheHeadingLegendAndTableInGerman()
    {
        var html = new JourneyMapHtml { Options = RenderOptions.Default with { Language = JourneyLanguage.German } }
            .RenderDiff(OnlineShoePurchase.Build(3), OnlineShoePurchase.Build(4));

        html.Should().Contain("<html lang=\"de\">").And.Contain("<h1>Änderungen an Buy running shoes online</h1>").And.Contain("Von Revision 3")
            .And.Contain("<span class=\"added\">+ hinzugefügt</span>").And.Contain("<h2>Alle Änderungen</h2>").And.Contain("<th scope=\"col\">Änderung</th>");
        html.Should().NotContain("+ added").And.NotContain("Every change");
    }

    [Fact]
    public void HtmlSerialize_English_CountsOneAsOne()
    {
        var map = JourneyMap.Create("Lunch").Stage("Pay", s => s.Step("Pays", p => p.PainPoint("Slow").Opportunity("Faster till"))).Build();

        var html = Html(map);

        html.Should().Contain("1 stage, 1 step").And.Contain("1 pain point, 1 opportunity.").And.NotContain("1 stages");
    }

    [Fact]
    public void MarkdownSerialize_German_WritesHeadingsAndTableHeadersInGerman()
    {
        var markdown = new JourneyMapMarkdown { Language = JourneyLanguage.German }.Serialize(CanteenLunch.Build());

        markdown.Should().Contain("## Phasen\n").And.Contain("## Kundenreise\n").And.Contain("| Schritt | Gefühl | Berührungspunkte | Handeln | Denken | Verantwortlich |")
            .And.Contain("- **Verantwortlich:** Canteen manager").And.Contain("- **Frage:** ").And.Contain("Gefühlsskala -2 bis +2").And.Contain("3 Phasen, 4 Schritte");
        markdown.Should().NotContain("## Stages").And.NotContain("| Step |").And.NotContain("**Owner:**");
    }

    [Fact]
    public void MarkdownSerialize_MapInNorwegian_WritesNorwegianByDefault() =>
        JourneyMapMarkdown.Default.Serialize(CanteenLunch.Build().WithLanguage("nb")).Should().Contain("## Faser\n").And.Contain("| Steg |");

    [Fact]
    public void CsvSerialize_German_WritesTheHeaderWordsAndNumbersInGerman()
    {
        var map = JourneyMap.Create("Mittagessen").Language("de")
            .Stage("Bezahlen", s => s.Step("Zahlt", p => p.Milestone().Metric("Wartezeit", m => m.Actual(4.5m).Target(3m).Unit("min"))
                .PainPoint("Nur Bargeld", PainSeverity.Critical).Opportunity("Kartenzahlung", o => o.Impact(Level.High).Effort(Level.Low))))
            .Build();

        var csv = JourneyMapCsv.Default.Serialize(map);

        csv.Should().StartWith("Phase,Schritt,Schritt-ID,Emotion,Gefühl,Emotionen je Persona,Berührungspunkte,Schmerzpunkte,Chancen,Verantwortlich,Kennzahlen,Meilenstein,Belege,Eigenschaften\r\n");
        csv.Should().Contain("Nur Bargeld (kritisch)").And.Contain("Kartenzahlung (Wirkung hoch, Aufwand gering, Idee)").And.Contain("\"Wartezeit: 4,5 min, Ziel 3 min\"").And.Contain(",ja,");
        new JourneyMapCsv { Language = JourneyLanguage.English }.Serialize(map).Should().StartWith("Stage,Step,Step id,").And.Contain("Wartezeit: 4.5 min, target 3 min");
    }

    [Fact]
    public void Language_SetInTheBuilder_RoundTripsThroughJsonAndShowsInTheDiff()
    {
        var german = JourneyMap.Create("Mittagessen").Language("de").Stage("Bezahlen", s => s.Step("Zahlt")).Build();

        var json = JourneyMapJson.Default.Serialize(german);
        var read = JourneyMapJson.Default.Deserialize(json);

        json.Should().Contain("\"language\": \"de\"");
        read.Should().Be(german);
        read.Language.Should().Be("de");
        JourneyDiff.Compare(german, german.WithLanguage("nb")).Changes.Should().ContainSingle()
            .Which.Description.Should().Be("Changed language of map from \"de\" to \"nb\"");
        german.WithLanguage(null).Language.Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("en GB")]
    [InlineData("en_GB")]
    [InlineData("1de")]
    [InlineData("de-toolongsubtag")]
    [InlineData("de-")]
    public void Language_NotALanguageTag_ThrowsNamingTheTag(string tag)
    {
        FluentActions.Invoking(() => JourneyMap.Create("Lunch").Language(tag)).Should().Throw<ArgumentException>().WithMessage($"'{tag}' is not a language tag*").Which.ParamName.Should().Be("tag");
        FluentActions.Invoking(() => CanteenLunch.Build().WithLanguage(tag)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => JourneyLanguage.Create(tag, new Dictionary<string, string>())).Should().Throw<ArgumentException>().WithMessage("*not a language tag*");
    }

    [Theory]
    [InlineData("de")]
    [InlineData("zh-Hans")]
    [InlineData("nb-NO")]
    [InlineData("sr-Latn-RS")]
    public void Language_WellFormedTag_IsKept(string tag) => JourneyMap.Create("Lunch").Language(tag).Build().Language.Should().Be(tag);

    [Fact]
    public void MermaidExport_German_ReportsLossesInGermanAndTheSameDiagram()
    {
        var map = CanteenLunch.Build();
        var german = new JourneyMapMermaid { Language = JourneyLanguage.German }.Export(map);
        var english = JourneyMapMermaid.Default.Export(map);

        german.Text.Should().Be(english.Text, "the diagram holds only the map's labels");
        german.Losses.Should().HaveCount(english.Losses.Count).And.Contain("Nicht gezeigt, weil eine Mermaid-Journey keinen Platz dafür hat: Schmerzpunkte (3).")
            .And.Contain("Nicht gezeigt, weil eine Mermaid-Journey keinen Platz dafür hat: Kennzahlen (3).");
        english.Losses.Should().Contain("3 pain points are not shown: a Mermaid journey has no place for them.");
    }

    [Fact]
    public void MermaidExport_MapInChinese_ReportsARewrittenLabelInChinese()
    {
        var map = JourneyMap.Create("午餐: 食堂").Language("zh-Hans").Stage("付款", s => s.Step("付款#1", p => p.Emotion(1))).Build();

        JourneyMapMermaid.Default.Export(map).Losses.Should().Contain(l => l.StartsWith("标题的文本写为“午餐∶ 食堂”", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith("步骤“付款#1”的文本写为“付款＃1”", StringComparison.Ordinal));
    }
}
