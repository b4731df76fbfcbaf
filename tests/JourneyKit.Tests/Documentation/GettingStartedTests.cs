using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Documentation;

/// <summary>The code of docs/getting-started.md, compiled and run.</summary>
public class GettingStartedTests
{
    [Theory]
    [InlineData("doc-describe")]
    [InlineData("doc-read")]
    [InlineData("doc-change")]
    [InlineData("doc-move")]
    public void GettingStarted_ShowsTheCompiledCode(string region) =>
        DocSnippets.AssertShownIn("docs/getting-started.md", "GettingStartedTests.cs", region);

    [Fact]
    public void GettingStarted_Code_RunsAndPrintsWhatTheDocumentSays()
    {
        var (output, built) = ConsoleOutput.Capture(() =>
        {
            #region doc-describe
            var map = JourneyMap.Create("Buy running shoes online")
                .Kind(JourneyKind.Purchase)
                .Audience(Audience.B2C)
                .Persona("Weekend runner", p => p
                    .Segment("Recreational runners, 25-45")
                    .Goal("Find comfortable shoes that last")
                    .Frustration("Shoes that don't fit"))
                .Touchpoint("Product page", t => t.OnChannel("Web"))
                .Stage("Consideration", s => s
                    .Goal("Choose the right model and size")
                    .Question("Will this size fit?")
                    .OwnedBy("Web team")
                    .Metric("Product page to cart", m => m.Kind(MetricKind.Conversion).Unit("%").Target(8).Actual(5.5m))
                    .Step("Compares models", st => st
                        .Via("Product page", "Review site")
                        .Thought("Every brand sizes differently")
                        .Emotion(-1, "unsure")
                        .PainPoint("Sizing differs between brands", PainSeverity.High)
                        .Opportunity("Size finder", o => o.Addresses("Sizing differs between brands").Impact(Level.High))))
                .Stage("Purchase", s => s
                    .Step("Checks out", st => st.Via("Checkout").Milestone()))
                .Exit("Checks out", "Abandons the cart over delivery costs", share: 0.42m)
                .Build();
            #endregion

            #region doc-read
            foreach (var stage in map.Stages)
            {
                Console.WriteLine($"{stage.Name} ({stage.Steps.Count} steps)");
            }

            var step = map.FindStep("compares-models")!;
            Console.WriteLine(step.Emotion);                        // -1 (unsure)
            Console.WriteLine(map.FindTouchpoint(step.TouchpointIds[0])!.Name);  // Product page
            #endregion

            #region doc-change
            var renamed = map.WithTitle("Buy trail shoes online");

            var next = map.ToBuilder()
                .EditStage("consideration", s => s.EditStep("compares-models", st => st.Emotion(1, "confident")))
                .Revision(2, new DateOnly(2026, 11, 1), "CX team", "Size finder shipped")
                .Build();
            #endregion

            #region doc-move
            var reordered = map.ToBuilder()
                .MoveStep("compares-models", toStage: "purchase", position: 0)   // to another stage, first
                .MoveStage("purchase", 0)                                        // that stage first among the stages
                .EditStage("purchase", s => s.MoveStep("checks-out", 0))         // within a stage
                .Build();
            #endregion

            return (Map: map, Renamed: renamed, Next: next, Reordered: reordered);
        });

        output.Should().Be("Consideration (1 steps)\nPurchase (1 steps)\n-1 (unsure)\nProduct page\n");
        built.Map.Touchpoints.Select(t => t.Id).Should().Equal("product-page", "review-site", "checkout");
        built.Map.Owners.Single().Id.Should().Be("web-team");
        built.Map.Channels.Single().Id.Should().Be("web");
        built.Map.FindPainPoint("sizing-differs-between-brands").Should().NotBeNull();
        built.Renamed.Id.Should().Be(built.Map.Id);
        built.Next.FindStep("compares-models")!.Emotions.Should().ContainSingle().Which.Should().Be(new Emotion(1, "confident", null), "the edit replaces the feeling");
        built.Next.Revision!.Number.Should().Be(2);
        built.Map.ToBuilder().Build().Should().Be(built.Map);
        built.Reordered.Stages.Select(s => (s.Id, string.Join(" ", s.Steps.Select(st => st.Id)))).Should().Equal(("purchase", "checks-out compares-models"), ("consideration", ""));
        built.Reordered.FindStep("compares-models").Should().Be(built.Map.FindStep("compares-models"));
    }
}
