namespace JourneyKit.Samples.Maps;

/// <summary>A school project: a first-year student buys lunch in the canteen.</summary>
public static class CanteenLunch
{
    public static JourneyMap Build() => JourneyMap.Create("Buy lunch in the canteen")
        .Description("How a first-year student gets lunch between two lectures.")
        .Kind(JourneyKind.Purchase)
        .Persona("First-year student", p => p
            .Segment("Students on a budget")
            .Demographic("age", "18-20")
            .Goal("Eat something warm within the 30-minute break")
            .Frustration("Long queues", "Cash only"))
        .Owner("Canteen manager")
        .Touchpoint("Menu board", t => t.OnChannel("In person"))
        .Touchpoint("Till", t => t.OnChannel("In person"))
        .Stage("Choose food", s => s
            .Icon("🍽")
            .Goal("Find something tasty and affordable")
            .Question("What is on today?", "Is there a vegetarian option?")
            .OwnedBy("Canteen manager")
            .Metric("Time to choose", m => m.Kind(MetricKind.Duration).Unit("min").Target(2).Actual(4))
            .Step("Looks at the menu", st => st
                .Action("Reads the menu board from the queue")
                .Thought("I can't read the small print from here")
                .Emotion(-1, "confused")
                .Via("Menu board")
                .PainPoint("Menu board is hard to read from the queue", PainSeverity.Medium)
                .Opportunity("Show the menu on the student app", o => o
                    .Addresses("Menu board is hard to read from the queue")
                    .Impact(Level.High)
                    .Effort(Level.Low))))
        .Stage("Pay", s => s
            .Icon("💳")
            .Goal("Pay quickly")
            .Question("Can I pay by card?")
            .OwnedBy("Canteen manager")
            .Metric("Queue time", m => m.Kind(MetricKind.Duration).Unit("min").Target(5).Actual(12))
            .Step("Queues at the till", st => st
                .Emotion(-2, "frustrated: the queue is long")
                .Duration(TimeSpan.FromMinutes(12))
                .PainPoint("The queue is long", PainSeverity.High))
            .Step("Pays", st => st
                .Via("Till")
                .Emotion(-1, "annoyed")
                .PainPoint("No card payment", PainSeverity.Critical)
                .Opportunity("Accept contactless payment", o => o.Addresses("No card payment", "The queue is long").Impact(Level.High))
                .BackStage("Cash register", BackStageKind.System)))
        .Stage("Eat", s => s
            .Icon("😋")
            .Goal("Enjoy the meal with friends")
            .OwnedBy("Canteen manager")
            .Metric("Meal satisfaction", m => m.Kind(MetricKind.Csat).Unit("points").Target(4).Actual(4.2m))
            .Step("Eats with friends", st => st
                .Emotion(2, "happy")
                .Thought("This was worth the wait")
                .BackStage("Kitchen staff", BackStageKind.People)))
        .Revision(1, new DateOnly(2026, 9, 14), "Class 10b", "First version from the class survey")
        .Build();
}
