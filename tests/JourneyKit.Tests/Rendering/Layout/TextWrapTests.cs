using System.Text;
using JourneyKit.Rendering.Layout;

namespace JourneyKit.Tests.Rendering.Layout;

public class TextWrapTests
{
    private static readonly string[] Pieces = ["a", "word", "longer-word", "Оплата", "картой", "选", "择午餐", "🎉", "👩‍👩‍👧", "x", new string('m', 40), "  ", " "];

    /// <summary>The estimated width in em; runs of spaces count once, as SVG shows them.</summary>
    private static double Estimate(string line) =>
        System.Text.RegularExpressions.Regex.Replace(line, " +", " ").Sum(c => char.IsLowSurrogate(c) ? 0 : char.IsHighSurrogate(c) || c >= '\u2E80' && c <= '\uA4CF' ? 1.0 : 0.6);

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        var count = random.Next(1, 30);
        for (var i = 0; i < count; i++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(3) == 0 ? "" : " ");
        }

        return text.ToString();
    }

    [Fact]
    public void Lines_TextThatFits_IsOneLine()
    {
        TextWrap.Wrap("Pays by card", 200, 12).ToArray().Should().Equal("Pays by card");
    }

    [Fact]
    public void Lines_Words_BreakAtSpacesAndAfterHyphens()
    {
        TextWrap.Wrap("Compares models and sizes across brands", 120, 12).ToArray().Should().Equal("Compares models", "and sizes across", "brands");
        TextWrap.Wrap("well-known-brand-names", 80, 12).ToArray().Should().Equal("well-known-", "brand-names");
    }

    [Fact]
    public void Lines_Cjk_BreaksBetweenCharacters()
    {
        TextWrap.Wrap("选择午餐然后付款", 48, 12).ToArray().Should().Equal("选择午餐", "然后付款");
    }

    [Fact]
    public void Lines_RandomText_KeepsEveryCharacterInOrderAndFitsTheWidth()
    {
        var random = new Random(20261123);
        for (var i = 0; i < 2000; i++)
        {
            var text = RandomText(random);
            var width = random.Next(24, 400);

            var lines = TextWrap.Wrap(text, width, 12).ToArray();

            string.Concat(lines).Replace(" ", "", StringComparison.Ordinal).Should().Be(text.Replace(" ", "", StringComparison.Ordinal), $"nothing of '{text}' may be lost at width {width}");
            lines.Should().OnlyContain(l => Estimate(l) <= Math.Max(1.0, width / 12.0) + 1e-9 || l.Length <= 2, $"each line of '{text}' fits width {width}");
            lines.Should().OnlyContain(l => !l.StartsWith(' ') && !l.EndsWith(' '), "lines do not start or end with the spaces they broke at");
        }
    }
}
