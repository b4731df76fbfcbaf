namespace JourneyKit.Tests.Support;

/// <summary>A small lunch journey, built from code as a team would write each revision.</summary>
internal static class DiffMaps
{
    public static JourneyMap Lunch(Action<JourneyKit.Building.JourneyMapBuilder>? change = null)
    {
        var builder = JourneyMap.Create("Buy lunch")
            .Owner("Canteen")
            .Owner("Kitchen")
            .Touchpoint("Menu board")
            .Touchpoint("Till")
            .Touchpoint("App")
            .Stage("Choose", s => s
                .Step("Reads the menu", st => st.Via("Menu board").Emotion(1).OwnedBy("Canteen").Description("Looks at today's dishes"))
                .Step("Queues", st => st.Emotion(-1).PainPoint("The queue is long", PainSeverity.High))
                .Step("Picks a dish", st => st.Emotion(1)))
            .Stage("Pay", s => s
                .Metric("Time to pay", m => m.Kind(MetricKind.Duration).Unit("s").Target(30).Actual(45))
                .Step("Pays at the till", st => st.Via("Till", "App").Emotion(0))
                .Step("Gets a receipt", st => st.Emotion(0)));
        change?.Invoke(builder);
        return builder.Build();
    }
}
