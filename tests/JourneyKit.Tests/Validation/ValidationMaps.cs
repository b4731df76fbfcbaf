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
            .Touchpoint("Menu board", t => t.Channel("In person"))
            .Touchpoint("Till", t => t.Channel("In person"))
            .Stage("Choose food", s => s
                .Goal("Find something tasty")
                .Question("What is on today?")
                .Owner("Canteen manager")
                .Metric("Time to choose", m => m.Kind(MetricKind.Duration).Unit("min").Target(2))
                .Step("Looks at the menu", st => st.Touchpoint("Menu board").Emotion(1).Owner("Canteen manager"))
                .Step("Picks a dish", st => st.Touchpoint("Menu board").Emotion(-1, "unsure").Owner("Canteen manager")
                    .Evidence("I never know what it costs until the till", e => e.Id("price-quote").Source("Interview 3"))
                    .PainPoint("Dishes have no prices", p => p.Id("no-prices").Cites("price-quote"))
                    .Opportunity("Show prices", o => o.Addresses("no-prices"))))
            .Stage("Pay", s => s
                .Goal("Pay quickly")
                .Question("Can I pay by card?")
                .Owner("Canteen manager")
                .Metric("Card payments", m => m.Kind(MetricKind.Completion).Unit("%").Target(100).Actual(0))
                .Step("Pays", st => st.Touchpoint("Till").Emotion(2).Owner("Canteen manager")))
            .Loop("Picks a dish", "Looks at the menu", "Changes their mind", 0.2m)
            .ReviewCadence(TimeSpan.FromDays(90)).LastReviewedOn(new DateOnly(2026, 10, 1));
        return withPersona ? map.Persona("Student") : map;
    }

    public static ValidationReport Validate(this JourneyMapBuilder builder, ValidationRuleSet? rules = null) =>
        builder.Build().Validate(rules, Today);
}
