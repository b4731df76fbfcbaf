using JourneyKit.Validation;
using JourneyKit.Building;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Validation;

/// <summary>A map that follows every rule, to spoil one rule at a time.</summary>
public static class ValidationMaps
{
    public static readonly FixedClock Today = FixedClock.On(2026, 11, 22);

    public static JourneyMapBuilder Clean(bool withPersona = true)
    {
        var map = JourneyMap.Create("Buy lunch")
            .Channel("In person")
            .Owner("Canteen manager")
            .Touchpoint("Menu board", t => t.OnChannel("In person"))
            .Touchpoint("Till", t => t.OnChannel("In person"))
            .Stage("Choose food", s => s
                .Goal("Find something tasty")
                .Question("What is on today?")
                .OwnedBy("Canteen manager")
                .Metric("Time to choose", m => m.Kind(MetricKind.Duration).Unit("min").Target(2))
                .Step("Looks at the menu", st => st.Via("Menu board").Emotion(1).OwnedBy("Canteen manager"))
                .Step("Picks a dish", st => st.Via("Menu board").Emotion(-1, "unsure").OwnedBy("Canteen manager")
                    .Evidence("I never know what it costs until the till", e => e.Id("price-quote").Source("Interview 3"))
                    .PainPoint("Dishes have no prices", p => p.Id("no-prices").Cites("price-quote"))
                    .Opportunity("Show prices", o => o.Addresses("no-prices"))))
            .Stage("Pay", s => s
                .Goal("Pay quickly")
                .Question("Can I pay by card?")
                .OwnedBy("Canteen manager")
                .Metric("Card payments", m => m.Kind(MetricKind.Completion).Unit("%").Target(100).Actual(0))
                .Step("Pays", st => st.Via("Till").Emotion(2).OwnedBy("Canteen manager")))
            .Loop("Picks a dish", "Looks at the menu", "Changes their mind", 0.2m)
            .ReviewCadence(TimeSpan.FromDays(90)).LastReviewedOn(new DateOnly(2026, 10, 1));
        return withPersona ? map.Persona("Student") : map;
    }

    public static ValidationReport Validate(this JourneyMapBuilder builder, ValidationRuleSet? rules = null) =>
        builder.Build().Validate(rules, Today);
}
