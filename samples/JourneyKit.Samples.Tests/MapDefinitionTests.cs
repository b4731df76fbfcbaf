using JourneyKit.Samples.Maps;
using JourneyKit.Serialization.Json;
using JourneyKit.Validation;
using Microsoft.Extensions.Time.Testing;

namespace JourneyKit.Samples.Tests;

/// <summary>The team's map definitions: each builds, keeps the structure the team agreed on, passes its rules, and matches its approved JSON.</summary>
public class MapDefinitionTests
{
    /// <summary>The day the review-date rules are checked on, so a test gives the same answer every day.</summary>
    private static readonly FakeTimeProvider Today = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The team's rules: a school project needs no owner per step.</summary>
    private static readonly ValidationRuleSet ClassroomRules = ValidationRuleSet.Default.WithSeverity("JK1009", IssueSeverity.Off);

    [Fact]
    public void CanteenLunch_Stages_AreOwnedAndInJourneyOrder()
    {
        var map = CanteenLunch.Build();

        map.Should().HaveStage("pay").Which.Should().HaveOwner("canteen-manager").And.HaveQuestion("Can I pay by card?");
        map.Should().HaveStepsInOrder("looks-at-the-menu", "queues-at-the-till", "pays", "eats-with-friends");
        map.Should().HaveEveryPainPointAddressed();
    }

    [Fact]
    public void CanteenLunch_Paying_IsThePainfulMoment()
    {
        var pays = CanteenLunch.Build().Should().HaveStep("pays").Which;

        pays.Should().HaveEmotion(-1).And.UseTouchpoint("till");
        pays.Should().HavePainPoint("no-card-payment").Which.Severity.Should().Be(PainSeverity.Critical);
    }

    [Fact]
    public void CanteenLunch_ClassroomRules_FindNoErrorAndOnlyKnownGaps() =>
        CanteenLunch.Build().Should().PassValidation(ClassroomRules, Today)
            .Which.Should().HaveNoIssuesOtherThan("JK1006", "JK1007", "JK1028");

    [Fact]
    public void EveryMap_DefaultRules_FindNoError()
    {
        foreach (var map in new[] { CanteenLunch.Build(), OnlineShoePurchase.Build(), B2BSoftwarePurchase.Build() })
        {
            map.Should().PassValidation(ValidationRuleSet.Default, Today, "{0} is published to the team", map.Title);
        }
    }

    [Fact]
    public void EveryMap_Json_RoundTrips()
    {
        foreach (var map in new[] { CanteenLunch.Build(), OnlineShoePurchase.Build(), B2BSoftwarePurchase.Build() })
        {
            map.Should().RoundTrip(JourneyMapJson.Default.Format);
        }
    }

    [Fact]
    public void CanteenLunch_Definition_MatchesTheApprovedJson() => CanteenLunch.Build().Should().MatchApproved();

    [Fact]
    public void B2BSoftwarePurchase_Definition_MatchesTheApprovedJson() => B2BSoftwarePurchase.Build().Should().MatchApproved();
}
