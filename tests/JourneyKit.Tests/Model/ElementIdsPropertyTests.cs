using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace JourneyKit.Tests.Model;

/// <summary>Properties of derived ids over arbitrary text, including lone surrogates, control characters and any script.</summary>
public class ElementIdsPropertyTests
{
    private static readonly string[] Tricky =
    [
        "é", "e\u0301", "İ", "ß", "ǅ", "Ω", "选择", "Плащане", "मराठी", "😀", "👩‍💻", "\uD800", "\uDC00", "\u200B", "\u202E",
        " ", "-", "--", "_", ".", "/", "~", "\t", "\n", "\0", "A", "z", "9", "٣", new string('x', 70),
    ];

    /// <summary>Text made of arbitrary UTF-16 code units (lone surrogates included) mixed with pieces known to be tricky.</summary>
    private static Arbitrary<string> Names { get; } = Gen.OneOf(
            Gen.Choose(0, 0xFFFF).Select(code => ((char)code).ToString()),
            Gen.Elements(Tricky))
        .ArrayOf()
        .Select(string.Concat)
        .ToArbitrary();

    [Property(Arbitrary = [typeof(TrickyText)], MaxTest = 2000)]
    public bool FromName_AnyText_GivesEmptyOrValidId(string name)
    {
        var id = ElementIds.FromName(name);
        return id.Length == 0 || ElementIds.IsValid(id);
    }

    [Property(Arbitrary = [typeof(TrickyText)], MaxTest = 2000)]
    public bool FromName_AnyText_IsDeterministic(string name) =>
        ElementIds.FromName(name) == ElementIds.FromName(new string(name.AsSpan()));

    [Property(Arbitrary = [typeof(TrickyText)], MaxTest = 2000)]
    public bool FromName_AnId_ReturnsItUnchanged(string name)
    {
        var id = ElementIds.FromName(name);
        return id.Length == 0 || ElementIds.FromName(id) == id;
    }

    [Property(Arbitrary = [typeof(TrickyText)], MaxTest = 2000)]
    public Property FromName_TextWithALetter_NeverGivesEmpty(string name) =>
        Prop.ForAll(ArbMap.Default.ArbFor<char>().Filter(char.IsLetter), letter => ElementIds.FromName(name + letter.ToString()).Length > 0);

    /// <summary>Gives the properties above their text.</summary>
    public static class TrickyText
    {
        public static Arbitrary<string> Text() => Names;
    }
}
