using JourneyKit.Rendering;
using JourneyKit.Samples.Maps;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Rendering;

/// <summary>
/// Opens the SVG and HTML output in Debian's headless Chromium: nothing may be requested, fail, raise an error or a
/// dialog, and no planted script may run. Screenshots go to artifacts/screenshots.
/// </summary>
public class BrowserRenderingTests
{
    [Fact]
    public void Open_SampleMapsAndVisualDiff_LoadCleanlyAndShowTheirText()
    {
        Browser.Required();

        JourneyMap[] maps = [CanteenLunch.Build(), OnlineShoePurchase.Build(), B2BSoftwarePurchase.Build()];
        var documents = maps.SelectMany(m => new[] { ($"{m.Id}.svg", JourneyMapSvg.Default.Serialize(m)), ($"{m.Id}.html", JourneyMapHtml.Default.Serialize(m)) })
            .Append(("shoes.changes.html", JourneyMapHtml.Default.RenderDiff(OnlineShoePurchase.Build(3), OnlineShoePurchase.Build(4))))
            .Append(("shoes.dark.svg", new JourneyMapSvg { Options = RenderOptions.Default with { Theme = RenderTheme.Dark } }.Serialize(maps[1])))
            .Append(("shoes.print.html", new JourneyMapHtml { Options = RenderOptions.Default with { Theme = RenderTheme.Print } }.Serialize(maps[1])))
            .ToList();

        var visits = BrowserChecker.Open(documents);

        foreach (var visit in visits)
        {
            AssertInert(visit);
            visit.SvgWidth.Should().BeGreaterThan(500, $"{visit.File} draws the map");
            File.Exists(visit.Screenshot).Should().BeTrue();
        }

        JourneyMapSvgTests.Squeezed(visits[2].Text).Should().Contain("Comparesmodels").And.Contain("Deliverycostshownonlyatthelaststep");
        visits[2].Root.Should().Be("svg");
        visits[3].Root.Should().Be("html");
    }

    [Fact]
    public void Open_HostileLabelsInEveryField_RunNoScriptAndRequestNothing()
    {
        Browser.Required();

        var documents = Enumerable.Range(0, HostileLabels.All.Length).SelectMany(offset =>
        {
            var map = HostileLabels.Map(offset);
            return new[] { ($"hostile-{offset}.svg", JourneyMapSvg.Default.Serialize(map)), ($"hostile-{offset}.html", JourneyMapHtml.Default.Serialize(map)) };
        }).ToList();

        var visits = BrowserChecker.Open(documents);

        for (var i = 0; i < visits.Count; i++)
        {
            AssertInert(visits[i]);
            JourneyMapSvgTests.Squeezed(visits[i].Text).Should().Contain(JourneyMapSvgTests.Squeezed(JourneyMapSvgTests.Readable(HostileLabels.Map(i / 2).Steps[0].Name)));
        }
    }

    [Fact]
    public void Open_RightToLeftLabels_ReadInTheirDirectionWhereTheLayoutPutThem()
    {
        Browser.Required();
        var map = JourneyMap.Create("Mixed")
            .Stage("Pay", s => s.Step("שלום עולם!", st => st.Emotion(1, "טוב מאוד!")).Step("الدفع بالبطاقة؟").Step("Pays by card."))
            .Build();

        var visit = BrowserChecker.Open([("rtl.svg", JourneyMapSvg.Default.Serialize(map))])[0];

        visit.RightToLeft.Select(l => l.Text.Trim('\u2068', '\u2069')).Should().Contain(["שלום עולם!", "الدفع بالبطاقة؟", "טוב מאוד!"]);
        visit.RightToLeft.Should().OnlyContain(l => l.InOrder, "the punctuation ends each right-to-left label on its left");
        visit.RightToLeft.Should().OnlyContain(l => l.InPlace, "each label still starts at its column's left edge");
    }

    [Fact]
    public void Open_150StepMap_DrawsEveryColumn()
    {
        Browser.Required();

        var visit = BrowserChecker.Open([("long.svg", JourneyMapSvg.Default.Serialize(LargeMaps.Build(150)))])[0];

        AssertInert(visit);
        visit.SvgWidth.Should().Be(24 + 150 + (150 * 200) + 24);
        visit.Text.Should().Contain("Step 149");
    }

    [Fact]
    public void Open_PlantedScript_IsDetectedByTheChecker()
    {
        Browser.Required();

        // The checker must be able to fail: an SVG that really runs a script and loads an image is caught.
        const string planted = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\"><script>window.__journeykitPwned=1</script>"
            + "<image href=\"https://example.invalid/x.png\" width=\"10\" height=\"10\"/></svg>";

        var visit = BrowserChecker.Open([("planted.svg", planted)])[0];

        visit.Pwned.Should().BeTrue();
        visit.Active.Should().Contain(["script", "image"]);
        visit.Requests.Should().ContainSingle().Which.Should().Contain("example.invalid");
    }

    private static void AssertInert(BrowserChecker.Visit visit)
    {
        visit.ParseError.Should().BeFalse($"{visit.File} must be well-formed");
        visit.Pwned.Should().BeFalse($"no script may run in {visit.File}");
        visit.Dialogs.Should().BeEmpty($"no script may open a dialog in {visit.File}");
        visit.Requests.Should().BeEmpty($"{visit.File} must not fetch anything");
        visit.Failed.Should().BeEmpty();
        visit.Errors.Should().BeEmpty($"{visit.File} must load without errors");
        visit.Active.Should().BeEmpty($"{visit.File} must hold no active content");
        visit.Handlers.Should().BeEmpty($"{visit.File} must hold no event handlers or links");
    }
}
