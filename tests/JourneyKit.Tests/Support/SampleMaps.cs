namespace JourneyKit.Tests.Support;

/// <summary>Maps used across tests, each exercising every part of the model.</summary>
public static class SampleMaps
{
    /// <summary>The names of the three sample maps the documentation shows, for theories over their golden files.</summary>
    public static TheoryData<string> Names() => ["CanteenLunch", "OnlineShoePurchase", "B2BSoftwarePurchase"];

    /// <summary>Builds the sample map of one of <see cref="Names"/>.</summary>
    public static JourneyMap Named(string name) => name switch
    {
        "CanteenLunch" => JourneyKit.Samples.Maps.CanteenLunch.Build(),
        "OnlineShoePurchase" => JourneyKit.Samples.Maps.OnlineShoePurchase.Build(),
        "B2BSoftwarePurchase" => JourneyKit.Samples.Maps.B2BSoftwarePurchase.Build(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a sample map"),
    };

    public static JourneyMap Complete() => JourneyMap.Create("Buy lunch in the canteen")
        .Description("How a student gets lunch")
        .Kind(JourneyKind.Purchase)
        .Audience(Audience.B2C)
        .EmotionScale(-3, 3)
        .Persona("Student", p => p
            .Segment("First-year students")
            .Demographic("age", "18-20")
            .Demographic("budget", "low")
            .Behaviour("Eats between lectures")
            .Goal("Eat quickly")
            .Need("Cheap warm food")
            .Frustration("Queues"))
        .Persona("Teacher")
        .Channel("In person", c => c.Description("At the canteen"))
        .Owner("Canteen manager", o => o.Contact("canteen@example.com"))
        .Touchpoint("Menu board", t => t.OnChannel("In person").Description("Above the counter"))
        .Stage("Choose food", s => s
            .Goal("Find something tasty")
            .Question("What is on today?")
            .OwnedBy("Canteen manager")
            .Icon("🍽")
            .Metric("Time to choose", m => m.Kind(MetricKind.Duration).Unit("min").Target(2).Actual(3))
            .Step("Looks at the menu", st => st
                .Description("Reads the board")
                .Action("Reads the board", "Asks a friend")
                .Thought("So many options")
                .Emotion(1, "curious")
                .Emotion(-1, "bored", persona: "Teacher")
                .Via("Menu board")
                .PainPoint("Menu is hard to read", PainSeverity.High)
                .Opportunity("Digital menu", o => o
                    .Description("Screens at the entrance")
                    .Addresses("Menu is hard to read")
                    .Impact(Level.High)
                    .Effort(Level.Low)
                    .OwnedBy("Canteen manager")
                    .Status(OpportunityStatus.Planned))
                .Metric("Menu readability", m => m.Kind(MetricKind.Csat).Unit("points").Target(4))
                .OwnedBy("Canteen manager")
                .Duration(TimeSpan.FromMinutes(2))
                .Milestone()
                .BackStage("Menu planning", BackStageKind.Process, "Weekly menu meeting")))
        .Stage("Pay", s => s
            .Step("Queues", st => st.Emotion(-2, "frustrated"))
            .Step("Pays", st => st.Via("Till").Emotion(0)))
        .Loop("Pays", "Looks at the menu", "Changes their mind", 0.1m)
        .Branch("Looks at the menu", "Pays", "Takes a sandwich")
        .Exit("Queues", "Gives up", 0.05m)
        .Revision(2, new DateOnly(2026, 10, 1), "Ana", "Added payment")
        .ReviewCadence(TimeSpan.FromDays(90)).LastReviewedOn(new DateOnly(2026, 10, 1))
        .Property("team", "cx")
        .Property("area", "campus")
        .Build();
}
