using JourneyKit.Localization;
using JourneyKit.Rendering;
using JourneyKit.Samples.Maps;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Localization;

/// <summary>
/// The canteen journey drawn in every built-in language matches its golden file, and in Chromium, with the browser's own
/// fonts and text metrics, no line of it or of maps labelled in those languages spills out of its box.
/// </summary>
public class LocalizedBrowserTests
{
    public static TheoryData<string> Tags() => [.. JourneyLanguage.BuiltIn.Select(l => l.Tag)];

    private static (string Svg, string Html) Render(JourneyMap map, JourneyLanguage language)
    {
        var options = RenderOptions.Default with { Language = language };
        return (new JourneyMapSvg { Options = options }.Serialize(map), new JourneyMapHtml { Options = options }.Serialize(map));
    }

    [Theory]
    [MemberData(nameof(Tags))]
    public void Render_CanteenJourneyInEachLanguage_MatchesTheGoldenFiles(string tag)
    {
        var map = CanteenLunch.Build();
        var (svg, html) = Render(map, JourneyLanguage.Find(tag)!);

        // English is the picture and page every other test keeps in docs/examples.
        string[] folder = tag == "en" ? ["docs", "examples"] : ["docs", "examples", "languages"];
        var name = tag == "en" ? map.Id : $"{map.Id}.{tag}";
        Golden.Check(svg, [.. folder, name + ".svg"]);
        Golden.Check(html, [.. folder, name + ".html"]);
    }

    [Fact]
    public void Open_PicturesAndPagesInEveryLanguage_ShowNoTextOutsideItsBox()
    {
        Browser.Required();
        var documents = new List<(string Name, string Content)>();
        foreach (var language in JourneyLanguage.BuiltIn)
        {
            foreach (var map in new[] { CanteenLunch.Build(), LabelledIn(language.Tag) })
            {
                var (svg, html) = Render(map, language);
                documents.Add(($"{map.Id}.{language.Tag}.svg", svg));
                documents.Add(($"{map.Id}.{language.Tag}.html", html));
            }
        }

        var visits = BrowserChecker.Open(documents);

        visits.Should().HaveCount(documents.Count);
        foreach (var visit in visits)
        {
            visit.Errors.Should().BeEmpty();
            visit.Overflows.Should().BeEmpty($"every line of {visit.File} fits its box in Chromium");
            File.Exists(visit.Screenshot).Should().BeTrue();
        }
    }

    [Fact]
    public void Open_LabelTooWideForItsCard_IsReportedAsOverflowing()
    {
        Browser.Required();
        var svg = JourneyMapSvg.Default.Serialize(CanteenLunch.Build());
        var widened = svg.Replace(">!!!! CRITICAL<", " textLength=\"400\">!!!! CRITICAL<", StringComparison.Ordinal);

        var visit = BrowserChecker.Open([("widened.svg", widened)])[0];

        widened.Should().NotBe(svg);
        visit.Overflows.Should().ContainSingle().Which.Should().Match<BrowserChecker.Overflow>(o => o.Text == "!!!! CRITICAL" && o.Box == "card" && o.By > 100);
    }

    /// <summary>A small map labelled in the language, with its long compounds, CJK text and Cyrillic, as a team of that language writes it.</summary>
    internal static JourneyMap LabelledIn(string tag) => tag switch
    {
        "de" => JourneyMap.Create("Mittagessen in der Mensa kaufen").Language("de").Owner("Mensaleitung")
            .Stage("Auswahl", s => s.OwnedBy("Mensaleitung").Goal("Schnell ein bezahlbares Gericht finden")
                .Step("Vergleicht Suchmaschinenergebnisse", p => p.Emotion(-1, "verunsichert").Thought("Gibt es heute ein vegetarisches Tagesgericht?")
                    .PainPoint("Speiseplanaushang ist aus der Warteschlange unlesbar", PainSeverity.High)
                    .Opportunity("Speiseplan in der Studierendenwerks-App", o => o.Impact(Level.High).Effort(Level.Low)))
                .Step("Bezahlt an der Kasse", p => p.Emotion(1, "erleichtert").Metric("Kundenzufriedenheitsbefragung", m => m.Actual(4.25m).Target(4).Unit("Punkte"))))
            .Build(),
        "zh-Hans" => JourneyMap.Create("在食堂买午餐").Language("zh-Hans").Owner("客户服务部")
            .Stage("意识", s => s.OwnedBy("客户服务部").Goal("在三十分钟的课间休息内吃到一顿热饭")
                .Step("在队伍里查看今天的菜单和价格", p => p.Emotion(-1, "困惑").Thought("今天有没有素食套餐？（我看不清楚）")
                    .PainPoint("菜单板上的字太小，排队时根本看不清楚", PainSeverity.High)
                    .Opportunity("在学生应用程序中显示每日菜单", o => o.Impact(Level.High).Effort(Level.Low)))
                .Step("在收银台付款", p => p.Emotion(1, "放心").Metric("顾客满意度", m => m.Actual(4.25m).Target(4).Unit("分"))))
            .Build(),
        "bg" => JourneyMap.Create("Обяд в студентския стол").Language("bg").Owner("Управител на стола")
            .Stage("откриване", s => s.OwnedBy("Управител на стола").Goal("Да намеря нещо топло и достъпно")
                .Step("Разглежда менюто от опашката", p => p.Emotion(-1, "объркан").Thought("Има ли днес вегетарианско предложение?")
                    .PainPoint("Менюто не се чете от опашката", PainSeverity.High)
                    .Opportunity("Менюто в студентското приложение", o => o.Impact(Level.High).Effort(Level.Low)))
                .Step("Плаща на касата", p => p.Emotion(1, "облекчен").Metric("Удовлетвореност на клиентите", m => m.Actual(4.25m).Target(4).Unit("точки"))))
            .Build(),
        "nb" => JourneyMap.Create("Kjøpe lunsj i kantinen").Language("nb").Owner("Kantinesjef")
            .Stage("Velge mat", s => s.OwnedBy("Kantinesjef").Goal("Finne noe varmt og rimelig i friminuttet")
                .Step("Leser menytavlen fra køen", p => p.Emotion(-1, "forvirret").Thought("Finnes det en vegetarrett i dag?")
                    .PainPoint("Menytavlen er uleselig fra kjøen", PainSeverity.High)
                    .Opportunity("Vis menyen i studentappen", o => o.Impact(Level.High).Effort(Level.Low)))
                .Step("Betaler i kassen", p => p.Emotion(1, "lettet").Metric("Kundetilfredshetsundersøkelse", m => m.Actual(4.25m).Target(4).Unit("poeng"))))
            .Build(),
        _ => OnlineShoePurchase.Build(),
    };
}
