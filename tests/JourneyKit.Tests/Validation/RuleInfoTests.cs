using JourneyKit.Localization;
using JourneyKit.Validation;

namespace JourneyKit.Tests.Validation;

public class RuleInfoTests
{
    private static RuleInfo StageWithoutOwner => ValidationRuleSet.Default.Rules.Single(r => r.Info.Id == "JK1004").Info;

    [Fact]
    public void In_BuiltInRule_TranslatesTitleRationaleAndFixOnly()
    {
        var german = StageWithoutOwner.In(JourneyLanguage.German);

        german.Title.Should().Be("Phase hat keine Verantwortlichen");
        german.Fix.Should().Contain(".OwnedBy(\"...\")").And.Contain("Phase");
        german.Rationale.Should().Be(JourneyLanguage.German["JK1004.Rationale"]);
        (german.Id, german.DefaultSeverity, german.Category).Should().Be((StageWithoutOwner.Id, StageWithoutOwner.DefaultSeverity, StageWithoutOwner.Category));
    }

    [Fact]
    public void In_English_GivesBackTheBuiltInInfo()
    {
        StageWithoutOwner.In(JourneyLanguage.SimplifiedChinese).In(JourneyLanguage.English).Should().Be(StageWithoutOwner);
        StageWithoutOwner.In(JourneyLanguage.Bulgarian).Title.Should().Be("Етапът няма отговорник");
        StageWithoutOwner.In(JourneyLanguage.NorwegianBokmal).Title.Should().Be("Fasen har ingen ansvarlig");
    }

    [Fact]
    public void In_CustomRule_ReturnsItself()
    {
        var custom = new RuleInfo("JK1004", "Stage has no owner", IssueSeverity.Warning, RuleCategory.Ownership, "Someone must own it.", "Set .OwnedBy(\"...\").");

        custom.In(JourneyLanguage.German).Should().BeSameAs(custom, "only the built-in rules' texts are translated, even when an id looks like theirs");
    }

    [Fact]
    public void In_Null_Throws() =>
        StageWithoutOwner.Invoking(i => i.In(null!)).Should().Throw<ArgumentNullException>();
}
