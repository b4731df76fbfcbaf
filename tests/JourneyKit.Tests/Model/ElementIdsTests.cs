namespace JourneyKit.Tests.Model;

public class ElementIdsTests
{
    [Theory]
    [InlineData("Pay by card", "pay-by-card")]
    [InlineData("  Looks at   the menu!  ", "looks-at-the-menu")]
    [InlineData("CSAT (1-5)", "csat-1-5")]
    [InlineData("pay-by-card", "pay-by-card")]
    [InlineData("Zahlung prüfen", "zahlung-prüfen")]
    [InlineData("Straße überqueren", "straße-überqueren")]
    [InlineData("选择餐点", "选择餐点")]
    [InlineData("Плащане с карта", "плащане-с-карта")]
    [InlineData("Café crème", "café-crème")]
    [InlineData("Cafe\u0301 cre\u0300me", "caf\u00e9-cr\u00e8me")]
    [InlineData("Vie\u0323\u0302t Nam", "vi\u1ec7t-nam")]
    [InlineData("\u1100\u1161\u11A8", "\uAC01")]
    [InlineData("Step 2: Pay", "step-2-pay")]
    public void FromName_NamesInAnyScript_GiveReadableSlug(string name, string expected)
    {
        ElementIds.FromName(name).Should().Be(expected);
    }

    [Fact]
    public void FromName_DecomposedAccent_GivesSameIdAsComposed()
    {
        var decomposed = "Cafe\u0301";

        ElementIds.FromName(decomposed).Should().Be(ElementIds.FromName("Café"));
    }

    [Theory]
    [InlineData("😀🎉")]
    [InlineData("!!! ???")]
    public void FromName_NoLetterOrDigit_GivesEmpty(string name)
    {
        ElementIds.FromName(name).Should().BeEmpty();
    }

    [Fact]
    public void FromName_LongName_CutsAtHyphenWithinMaxLength()
    {
        var name = string.Join(' ', Enumerable.Repeat("checkout", 20));

        var id = ElementIds.FromName(name);

        id.Length.Should().BeLessThanOrEqualTo(ElementIds.MaxLength);
        id.Should().StartWith("checkout-checkout").And.EndWith("checkout");
        ElementIds.IsValid(id).Should().BeTrue();
    }

    [Fact]
    public void FromName_EveryResult_IsValidOrEmpty()
    {
        string[] names = ["Pay", "Ünïcödé", "選擇", "a--b", "-x-", new string('x', 200), "Tab\there", "Line\nbreak", "👩‍💻 Developer"];

        foreach (var name in names)
        {
            var id = ElementIds.FromName(name);
            (id.Length == 0 || ElementIds.IsValid(id)).Should().BeTrue($"'{id}' derived from '{name}' should be valid");
        }
    }

    [Theory]
    [InlineData("pay", true)]
    [InlineData("pay_by.card-2", true)]
    [InlineData("плащане", true)]
    [InlineData("Pay", false)]
    [InlineData("pay by card", false)]
    [InlineData("-pay", false)]
    [InlineData("pay/card", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_Candidates_AcceptsOnlyWellFormedIds(string? id, bool expected)
    {
        ElementIds.IsValid(id).Should().Be(expected);
    }

    [Fact]
    public void IsValid_TooLong_IsFalse()
    {
        ElementIds.IsValid(new string('a', ElementIds.MaxLength + 1)).Should().BeFalse();
    }

    [Theory]
    [InlineData("Pay\uD800 now", "pay-now")]
    [InlineData("Pay\uFFFE now", "pay-now")]
    [InlineData("\uDC00Pay", "pay")]
    public void FromName_LoneSurrogatesAndNoncharacters_AreSeparatorsNotErrors(string name, string expected)
    {
        ElementIds.FromName(name).Should().Be(expected);
    }
}
