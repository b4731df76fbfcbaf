using System.Globalization;
using System.Text;
using JourneyKit.Internal;

namespace JourneyKit.Tests.Internal;

/// <summary>
/// <see cref="Nfc"/> gives what the platform's normalization to form C gives. The tests run with ICU, so
/// <see cref="string.Normalize(NormalizationForm)"/> is the reference; in invariant globalization mode it does nothing,
/// which is why JourneyKit has its own.
/// </summary>
public class NfcTests(ITestOutputHelper output)
{
    private const int Seed = 20260515;

    /// <summary>Letters that marks combine with, of several scripts, some precomposed, some jamo and Hangul syllables.</summary>
    private static readonly int[] Bases =
    [
        'a', 'e', 'o', 'u', 'A', 'E', 'O', 'U', 's', 'n', 'c', 'y', 0xE9, 0xE2, 0x1EA1, 0x1EAD, 0x01B0, 0x03B1, 0x03C9, 0x03B9, 0x1F00,
        0x0438, 0x0435, 0x0418, 0x0915, 0x0928, 0x05E9, 0x05D0, 0x0627, 0x0648, 0x304B, 0x30CF, 0x0B47, 0x0BC6, 0x0DD9, 0x1B05,
        0x1100, 0x1112, 0xAC00, 0xAC01, 0xD788, 0x1D157, 0x11099, 0x11347,
    ];

    /// <summary>Combining marks of many classes, and code points of class 0 that compose with the one before them.</summary>
    private static readonly int[] Marks =
    [
        .. Enumerable.Range(0x0300, 0x70), .. Enumerable.Range(0x0591, 0x37), .. Enumerable.Range(0x064B, 0x15), 0x0670,
        0x093C, 0x094D, 0x0951, 0x0952, 0x09BC, 0x09BE, 0x09D7, 0x0B3E, 0x0B56, 0x0B57, 0x0BBE, 0x0BD7, 0x0CD5, 0x0CD6,
        0x0D3E, 0x0D57, 0x0DCA, 0x0DCF, 0x0DDF, 0x0E38, 0x0E48, 0x0F71, 0x0F72, 0x0F74, 0x0F80, 0x102E, 0x1037, 0x1B35,
        0x1DC0, 0x1DCE, 0x1DFA, 0x20D0, 0x20D2, 0x20E3, 0x302A, 0x302E, 0x3099, 0x309A, 0x1161, 0x1175, 0x11A8, 0x11C2,
        0x1D165, 0x1D16E, 0x1D16D, 0x110BA, 0x1133E, 0x11357,
    ];

    [Fact]
    public void Compose_EveryBmpCodePointAlone_EqualsPlatformFormC()
    {
        AssertPlatformHasIcu();

        var mismatches = Mismatches(Enumerable.Range(0, 0x10000).Where(IsNormalizable).Select(char.ConvertFromUtf32));

        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void Compose_EverySupplementaryCodePointAlone_EqualsPlatformFormC()
    {
        AssertPlatformHasIcu();

        var mismatches = Mismatches(Enumerable.Range(0x10000, 0x100000).Where(IsNormalizable).Select(char.ConvertFromUtf32));

        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void Compose_RandomMarkSequences_EqualPlatformFormC()
    {
        AssertPlatformHasIcu();
        output.WriteLine($"seed {Seed}");
        var random = new Random(Seed);
        var texts = Enumerable.Range(0, 5_000).Select(_ =>
        {
            var text = new StringBuilder();
            var length = 1 + random.Next(10);
            for (var i = 0; i < length; i++)
            {
                var codePoint = random.Next(3) == 0 ? Bases[random.Next(Bases.Length)] : Marks[random.Next(Marks.Length)];
                text.Append(char.ConvertFromUtf32(codePoint));
            }

            return text.ToString();
        }).ToList();

        var mismatches = Mismatches(texts);

        mismatches.Should().BeEmpty($"random sequences from seed {Seed} should compose as the platform composes them");
    }

    [Theory]
    [InlineData("Cafe\u0301", "Caf\u00E9")]
    [InlineData("a\u0302\u0323", "\u1EAD")]
    [InlineData("a\u0323\u0302", "\u1EAD")]
    [InlineData("\u00E2\u0323", "\u1EAD")]
    [InlineData("\u1100\u1161\u11A8", "\uAC01")]
    [InlineData("\uAC00\u11A8", "\uAC01")]
    [InlineData("\u212B", "\u00C5")]
    [InlineData("A\u030A", "\u00C5")]
    [InlineData("\u0344", "\u0308\u0301")]
    [InlineData("e\u0301\u0301", "\u00E9\u0301")]
    [InlineData("a\u0308\u0304", "\u01DF")]
    [InlineData("\u0B47\u0B3E", "\u0B4B")]
    [InlineData("\u0B47\u0B3C\u0B3E", "\u0B47\u0B3C\u0B3E")]
    [InlineData("\u0915\u093C", "\u0915\u093C")]
    [InlineData("\uFB2C", "\u05E9\u05BC\u05C1")]
    [InlineData("Zahlung pru\u0308fen", "Zahlung pr\u00FCfen")]
    public void Compose_KnownExamples_GiveFormC(string text, string expected)
    {
        Nfc.Compose(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("pay-by-card")]
    [InlineData("Pay by card, 2 times!")]
    [InlineData("")]
    [InlineData("Caf\u00E9 cr\u00E8me")]
    [InlineData("Плащане с карта")]
    [InlineData("选择餐点")]
    [InlineData("\u1EAD\uAC01\u0B4B")]
    [InlineData("\u0301")]
    [InlineData("x\u0323\u0301")]
    [InlineData("👩‍💻")]
    public void Compose_TextInFormC_ReturnsSameInstance(string text)
    {
        Nfc.Compose(text).Should().BeSameAs(text);
    }

    [Fact]
    public void Compose_RunOf100000Marks_ReturnsOrderedComposedText()
    {
        var text = "a" + new string('\u0301', 50_000) + new string('\u0323', 50_000);

        var composed = Nfc.Compose(text);

        composed.Length.Should().Be(100_000);
        composed.Should().Be("\u1EA1" + new string('\u0323', 49_999) + new string('\u0301', 50_000));
    }

    [Fact]
    public void Compose_LoneSurrogate_PassesThrough()
    {
        Nfc.Compose("\uD800e\u0301\uDC00").Should().Be("\uD800\u00E9\uDC00");
    }

    [Fact]
    public void Compose_Null_Throws()
    {
        var compose = () => Nfc.Compose(null!);

        compose.Should().Throw<ArgumentNullException>();
    }

    private static List<string> Mismatches(IEnumerable<string> texts) =>
        [.. texts.Select(text => (Text: text, Expected: text.Normalize(NormalizationForm.FormC), Actual: Nfc.Compose(text)))
            .Where(r => !string.Equals(r.Expected, r.Actual, StringComparison.Ordinal))
            .Take(20)
            .Select(r => $"{Hex(r.Text)} gives {Hex(r.Actual)}, not {Hex(r.Expected)}")];

    private static void AssertPlatformHasIcu() =>
        "e\u0301".Normalize(NormalizationForm.FormC).Should().Be("\u00E9", "these tests compare with ICU, so they cannot run in invariant globalization mode");

    private static bool IsNormalizable(int codePoint) =>
        codePoint is < 0xD800 or > 0xDFFF && (codePoint & 0xFFFE) != 0xFFFE && codePoint is < 0xFDD0 or > 0xFDEF;

    private static string Hex(string text) =>
        string.Join(' ', text.EnumerateRunes().Select(rune => rune.Value.ToString("X4", CultureInfo.InvariantCulture)));
}
