using JourneyKit.Building;

namespace JourneyKit.Samples.Maps;

/// <summary>
/// A B2C purchase journey from awareness to loyalty, with touchpoints, pain points, opportunities, metrics and owners,
/// in two revisions: 3, and 4 after the team fixed delivery costs, launched the size finder and split out delivery.
/// </summary>
public static class OnlineShoePurchase
{
    public static JourneyMap Build() => Build(revision: 3);

    public static JourneyMap Build(int revision)
    {
        var next = revision >= 4;
        var map = JourneyMap.Create("Buy running shoes online")
            .Kind(JourneyKind.Purchase)
            .Audience(Audience.B2C)
            .Persona("Weekend runner", p => p
                .Segment("Recreational runners, 25-45")
                .Demographic("age", "25-45")
                .Behaviour("Reads reviews before buying", "Shops on the phone")
                .Goal("Find comfortable shoes that last")
                .Need("Honest sizing advice", "Free returns")
                .Frustration("Shoes that don't fit"))
            .Channel("Web")
            .Channel("Mobile")
            .Channel("Marketing communication")
            .Owner("Marketing", o => o.Contact("marketing@example.com"))
            .Owner("Web team")
            .Owner("Customer service")
            .Owner("CRM team")
            .Touchpoint("Social media ad", t => t.OnChannel("Marketing communication"))
            .Touchpoint("Search results", t => t.OnChannel("Web"))
            .Touchpoint("Product page", t => t.OnChannel("Web"))
            .Touchpoint("Review site", t => t.OnChannel("Web"))
            .Touchpoint("Checkout", t => t.OnChannel("Web"))
            .Touchpoint("Order email", t => t.OnChannel("Marketing communication").Description("Confirmation and tracking"))
            .Touchpoint("Mobile app", t => t.OnChannel("Mobile"))
            .Stage("Awareness", s => s
                .Goal("Notice that my old shoes need replacing")
                .Question("Are my shoes worn out?")
                .OwnedBy("Marketing")
                .Metric("Ad click-through", m => m.Kind(MetricKind.Conversion).Unit("%").Target(2.5m).Actual(1.8m))
                .Step("Sees an ad", st => st
                    .Via("Social media ad")
                    .Emotion(0, "curious")
                    .OwnedBy("Marketing")))
            .Stage("Consideration", s => s
                .Goal("Choose the right model and size")
                .Question("Which model suits my running?", "Will this size fit?")
                .OwnedBy("Web team")
                .Metric("Product page to cart", m => m.Kind(MetricKind.Conversion).Unit("%").Target(8).Actual(5.5m))
                .Step("Searches for shoes", st => st
                    .Via("Search results")
                    .Emotion(1, "hopeful")
                    .OwnedBy("Web team"))
                .Step(next ? "Compares models and sizes" : "Compares models", st => st
                    .Via("Product page", "Review site")
                    .Thought("Every brand sizes differently")
                    .Emotion(next ? 1 : -1, next ? "reassured" : "unsure")
                    .Evidence("I order two sizes and send one back, because I can never tell which will fit", e => e
                        .Id("two-sizes")
                        .Source("Customer interview 7")
                        .CollectedOn(new DateOnly(2026, 9, 14))
                        .Link("https://research.example.com/interviews/7"))
                    .PainPoint("Sizing differs between brands", p => p.Severity(next ? PainSeverity.Medium : PainSeverity.High).Cites("two-sizes"))
                    .Opportunity("Size finder based on past purchases", o => o
                        .Addresses("Sizing differs between brands")
                        .Impact(Level.High)
                        .Effort(Level.Medium)
                        .OwnedBy("Web team")
                        .Status(next ? OpportunityStatus.Done : OpportunityStatus.Planned))
                    .OwnedBy("Web team")))
            .Stage("Purchase", s => s
                .Goal("Pay safely and quickly")
                .Question("Are there hidden costs?")
                .OwnedBy("Web team")
                .Metric("Checkout conversion", m => m.Kind(MetricKind.Conversion).Unit("%").Target(70).Actual(next ? 64 : 58))
                .Step("Checks out", st =>
                {
                    st.Via("Checkout");
                    if (next)
                    {
                        st.Emotion(0, "knows the total")
                            .Evidence("18% of mobile checkouts end on the card form", e => e.Id("mobile-timeouts").Kind(EvidenceKind.Data).Source("Checkout analytics"))
                            .PainPoint("Card form times out on mobile", p => p.Severity(PainSeverity.High).Cites("mobile-timeouts"))
                            .OwnedBy("Payments team");
                    }
                    else
                    {
                        st.Emotion(-1, "anxious about delivery costs")
                            .Evidence("Three of five testers stopped when the delivery cost appeared", e => e.Id("delivery-cost-test").Kind(EvidenceKind.Observation).Source("Usability test, round 2"))
                            .PainPoint("Delivery cost shown only at the last step", p => p.Severity(PainSeverity.Critical).Cites("delivery-cost-test"))
                            .Opportunity("Show delivery cost on the product page", o => o.Addresses("Delivery cost shown only at the last step").Impact(Level.High).Effort(Level.Low))
                            .OwnedBy("Web team");
                    }

                    st.Milestone()
                        .BackStage("Payment provider", BackStageKind.System)
                        .BackStage("Fraud check", BackStageKind.Process);
                }));

        if (next)
        {
            map.Owner("Payments team").Stage("Delivery", s => s.Goal("Get the shoes on time").OwnedBy("Customer service").Step("Receives the order", ReceivesTheOrder));
        }

        map.Stage("Retention", s =>
        {
            s.Goal("Get the shoes and know they fit")
                .Question("When will they arrive?", "How do I return them?")
                .OwnedBy("Customer service")
                .Metric("Return rate", m => m.Kind(MetricKind.DropOff).Unit("%").Target(10).Actual(next ? 11 : 14));
            if (next)
            {
                s.Step("Returns a pair", st => st
                    .Via("Order email")
                    .Emotion(-1, "annoyed")
                    .Evidence("Who still owns a printer?", e => e.Id("no-printer").Source("Support chat"))
                    .PainPoint("The return label must be printed", p => p.Cites("no-printer"))
                    .OwnedBy("Customer service"));
            }
            else
            {
                s.Step("Receives the order", ReceivesTheOrder);
            }
        })
        .Stage("Loyalty", s => s
            .Goal("Get rewarded for coming back")
            .Question("Do I get anything for recommending the shop?")
            .OwnedBy("CRM team")
            .Metric("Net promoter score", m => m.Kind(MetricKind.Nps).Unit("points").Target(40).Actual(31))
            .Step("Joins the loyalty programme", st => st
                .Via("Mobile app")
                .Emotion(2, "valued")
                .OwnedBy("CRM team")
                .BackStage("CRM", BackStageKind.System)))
        .Exit("Checks out", "Abandons the cart over delivery costs", next ? 0.31m : 0.42m);
        return (next
                ? map.Revision(4, new DateOnly(2026, 11, 20), "CX team", "Delivery cost up front; size finder live; delivery is its own stage")
                : map.Revision(3, new DateOnly(2026, 10, 1), "CX team", "Added the loyalty stage"))
            .ReviewCadence(TimeSpan.FromDays(90)).LastReviewedOn(new DateOnly(2026, 10, 1))
            .Property("product-line", "running")
            .Build();
    }

    private static void ReceivesTheOrder(StepBuilder step) => step
        .Via("Order email")
        .Emotion(1, "relieved")
        .OwnedBy("Customer service")
        .BackStage("Warehouse", BackStageKind.Process);
}
