using System.Text;
using JourneyKit.Rendering.Layout;

namespace JourneyKit.Tests.Rendering.Layout;

public class TextWrapTests
{
    private static readonly string[] Pieces = ["a", "word", "longer-word", "Оплата", "картой", "选", "择午餐", "🎉", "👩‍👩‍👧", "x", new string('m', 40), "  ", " ",
        "Such\u00ADmaschinen\u00ADergebnisse", "。", "「午餐」", "（付款）", "Kundenzufriedenheitsbefragung"];

    /// <summary>Whether the lines hold the text in order, without its spaces and soft hyphens, where each line may end with a hyphen the cut added.</summary>
    private static bool HoldInOrder(string[] lines, string text)
    {
        var rest = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00AD", "", StringComparison.Ordinal);
        foreach (var line in lines.Select(l => l.Replace(" ", "", StringComparison.Ordinal)))
        {
            if (rest.StartsWith(line, StringComparison.Ordinal))
            {
                rest = rest[line.Length..];
            }
            else if (line.EndsWith('-') && rest.StartsWith(line[..^1], StringComparison.Ordinal))
            {
                rest = rest[(line.Length - 1)..];
            }
            else
            {
                return false;
            }
        }

        return rest.Length == 0;
    }

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
    public void Lines_LongWord_IsCutWithAHyphen() =>
        TextWrap.Wrap("Suchmaschinenergebnisse", 60, 12).ToArray().Should().Equal("Suchmas-", "chinene-", "rgebnis-", "se");

    [Fact]
    public void Lines_LongWordBetweenPunctuation_IsCutWithAHyphen()
    {
        var lines = TextWrap.Wrap("„Kundenzufriedenheitsbefragung:“ 4,25", 90, 12).ToArray();

        lines.Should().HaveCountGreaterThan(2);
        lines.SkipLast(2).Should().OnlyContain(l => l.EndsWith('-'));
        string.Concat(lines).Replace("-", "", StringComparison.Ordinal).Should().Be("„Kundenzufriedenheitsbefragung:“4,25");
    }

    [Fact]
    public void Lines_LongAddressOrCode_IsCutWithoutAHyphen() =>
        TextWrap.Wrap("example.com/checkout/basket", 60, 12).ToArray().Should().Equal("example.", "com/chec", "kout/bas", "ket");

    [Fact]
    public void Lines_SoftHyphens_AreWhereALongWordBreaks() =>
        TextWrap.Wrap("Such\u00ADmaschinen\u00ADergebnisse prüfen", 110, 12).ToArray().Should().Equal("Suchmaschinen-", "ergebnisse", "prüfen");

    [Fact]
    public void Lines_SoftHyphensInTextThatFits_AreNotShown() =>
        TextWrap.Wrap("Such\u00ADmaschine", 400, 12).ToArray().Should().Equal("Suchmaschine");

    [Fact]
    public void Lines_CjkPunctuation_StaysWithTheCharacterItCloses()
    {
        TextWrap.Wrap("选择午餐。然后付款", 48, 12).ToArray().Should().Equal("选择午", "餐。然后", "付款");
        TextWrap.Wrap("选择「午餐」", 48, 12).ToArray().Should().Equal("选择「午", "餐」");
    }

    [Fact]
    public void Lines_HostileRunsOfPunctuation_WrapWithoutLosingAnything()
    {
        foreach (var text in new[] { new string('「', 200_000), new string('。', 200_000), "选" + new string('」', 200_000), new string('\u00AD', 200_000) })
        {
            var lines = TextWrap.Wrap(text, 120, 12).ToArray();

            HoldInOrder(lines, text).Should().BeTrue("every character stays, in order");
        }
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

            HoldInOrder(lines, text).Should().BeTrue($"nothing of '{text}' may be lost at width {width}: {string.Join(" | ", lines)}");
            lines.Skip(1).Where(l => l.Length > 0 && "、。，）」』".Contains(l[0], StringComparison.Ordinal) && !text.Contains(" " + l[0], StringComparison.Ordinal))
                .Should().BeEmpty($"no line of '{text}' starts with closing punctuation the text does not put after a space");
            lines.SkipLast(1).Where(l => l.Length > 0 && "「（".Contains(l[^1], StringComparison.Ordinal)).Should().BeEmpty($"no line of '{text}' ends with opening punctuation");
            lines.Where(l => l.Contains('\u00AD', StringComparison.Ordinal)).Should().BeEmpty("soft hyphens are not shown");
            lines.Should().OnlyContain(l => Estimate(l) <= Math.Max(1.0, width / 12.0) + 1e-9 || l.TrimEnd("、。，）」』".ToCharArray()).Length <= 2,
                $"each line of '{text}' fits width {width}, but for a character with the closing punctuation it keeps");
            lines.Should().OnlyContain(l => !l.StartsWith(' ') && !l.EndsWith(' '), "lines do not start or end with the spaces they broke at");
        }
    }
}
