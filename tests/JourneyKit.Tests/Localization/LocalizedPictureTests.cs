using JourneyKit.Localization;
using JourneyKit.Rendering;
using JourneyKit.Samples.Maps;

namespace JourneyKit.Tests.Localization;

public class LocalizedPictureTests
{
    private static string Svg(JourneyMap map, JourneyLanguage language) =>
        new JourneyMapSvg { Options = RenderOptions.Default with { Language = language } }.Serialize(map);

    [Fact]
    public void Serialize_German_WritesGermanWordsAndDecimalCommas()
    {
        var svg = Svg(CanteenLunch.Build(), JourneyLanguage.German);

        svg.Should().Contain(">Schmerzpunkte<").And.Contain(">SICHTBARKEITSLINIE<").And.Contain("Gefühlsskala -2 bis +2")
            .And.Contain(">Meal satisfaction: 4,2").And.NotContain("4.2").And.Contain("Kundenreise: Buy lunch in the canteen");
        foreach (var english in new[] { ">Pain points<", ">LINE OF VISIBILITY<", "Emotion scale", ">Owners &amp; metrics<", "Owner: " })
        {
            svg.Should().NotContain(english, "a German picture adds no English words");
        }
    }

    [Theory]
    [InlineData("zh-Hans", ">痛点<", "情绪量表")]
    [InlineData("bg", ">Болезнени точки<", "Скала на емоциите")]
    [InlineData("nb", ">Smertepunkter<", "Følelsesskala")]
    public void Serialize_BuiltInLanguage_WritesItsWords(string tag, string lane, string scale) =>
        Svg(OnlineShoePurchase.Build(), JourneyLanguage.Find(tag)!).Should().Contain(lane).And.Contain(scale);

    [Fact]
    public void Serialize_SameMapAndLanguage_GivesTheSameBytesInAnyThreadCulture()
    {
        var map = B2BSoftwarePurchase.Build();
        var first = Svg(map, JourneyLanguage.Bulgarian);
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("de-DE");
            Svg(map, JourneyLanguage.Bulgarian).Should().Be(first);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Serialize_English_IsTheDefault() =>
        Svg(CanteenLunch.Build(), JourneyLanguage.English).Should().Be(JourneyMapSvg.Default.Serialize(CanteenLunch.Build()));
}
