using FsCheck;
using FsCheck.Fluent;

namespace JourneyKit.Tests.Model;

/// <summary>Properties of derived ids over arbitrary text, including lone surrogates, control characters and any script.</summary>
public class ElementIdsPropertyTests
{
    private static readonly Config Thorough = Config.QuickThrowOnFailure.WithMaxTest(2000);

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

    [Fact]
    public void FromName_AnyText_GivesEmptyOrValidId()
    {
        Prop.ForAll(Names, name =>
        {
            var id = ElementIds.FromName(name);
            return id.Length == 0 || ElementIds.IsValid(id);
        }).Check(Thorough);
    }

    [Fact]
    public void FromName_AnyText_IsDeterministic()
    {
        Prop.ForAll(Names, name =>
            ElementIds.FromName(name) == ElementIds.FromName(new string(name.AsSpan()))).Check(Thorough);
    }

    [Fact]
    public void FromName_AnId_ReturnsItUnchanged()
    {
        Prop.ForAll(Names, name =>
        {
            var id = ElementIds.FromName(name);
            return id.Length == 0 || ElementIds.FromName(id) == id;
        }).Check(Thorough);
    }

    [Fact]
    public void FromName_TextWithALetter_NeverGivesEmpty()
    {
        Prop.ForAll(Names, ArbMap.Default.ArbFor<char>().Filter(char.IsLetter), (name, letter) =>
            ElementIds.FromName(name + letter.ToString()).Length > 0).Check(Thorough);
    }
}
