namespace JourneyKit.Samples.Maps;

/// <summary>A B2B journey in which the buyer loops back from comparing vendors to searching.</summary>
public static class B2BSoftwarePurchase
{
    public static JourneyMap Build() => JourneyMap.Create("Choose a help-desk tool")
        .Kind(JourneyKind.LeadGeneration)
        .Audience(Audience.B2B)
        .EmotionScale(-3, 3)
        .Persona("IT buyer", p => p
            .Segment("IT leads at 200-person firms")
            .Goal("Replace the shared mailbox before the next audit")
            .Need("A trial with our own data", "Clear pricing"))
        .Persona("Finance approver", p => p.Goal("Keep licence costs predictable"))
        .Owner("Sales")
        .Owner("Marketing")
        .Stage("Research", s => s
            .Goal("Find tools that fit our size")
            .Question("Which tools do firms like ours use?")
            .OwnedBy("Marketing")
            .Metric("Qualified visits", m => m.Kind(MetricKind.Custom).Unit("visits/week").Target(500))
            .Step("Searches for vendors", st => st
                .Via("Search results")
                .Emotion(0, "neutral"))
            .Step("Compares vendors", st => st
                .Id("compare")
                .Via("Comparison site", "Pricing page")
                .Emotion(-2, "overwhelmed", persona: "IT buyer")
                .Emotion(-1, "worried about cost", persona: "Finance approver")
                .PainPoint("Pricing hidden behind 'contact sales'", PainSeverity.High, id: "hidden-pricing")
                .Opportunity("Publish list prices", o => o.Addresses("hidden-pricing").OwnedBy("Sales").Impact(Level.High))))
        .Stage("Evaluation", s => s
            .Goal("Prove it works with our data")
            .Question("Can we import our tickets?")
            .OwnedBy("Sales")
            .Metric("Trial to paid", m => m.Kind(MetricKind.Conversion).Unit("%").Target(25).Actual(19))
            .Step("Starts a trial", st => st
                .Via("Trial workspace")
                .Emotion(2, "impressed")
                .Milestone()
                .BackStage("Provisioning service"))
            .Step("Requests a quote", st => st
                .Via("Sales call")
                .Emotion(1, "reassured")
                .OwnedBy("Sales")))
        .Loop("compare", "Searches for vendors", "Shortlist too long, back to searching", 0.3m)
        .Exit("Requests a quote", "Budget not approved", 0.15m)
        .Build();
}
