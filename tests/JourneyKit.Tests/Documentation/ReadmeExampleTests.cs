using JourneyKit.Serialization.Json;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Documentation;

/// <summary>The README's example is this compiled code: the test checks both that it runs and that the README shows it verbatim.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_Runs_AndPrintsWhatTheReadmeSays()
    {
        var output = ConsoleOutput.Capture(() =>
        {
            #region readme-example
            var map = JourneyMap.Create("Buy lunch in the canteen")
                .Persona("First-year student", p => p.Goal("Eat within the break"))
                .Owner("Canteen manager")
                .Stage("Choose food", s => s
                    .OwnedBy("Canteen manager")
                    .Question("What is on today?")
                    .Step("Looks at the menu", st => st
                        .Via("Menu board")
                        .Emotion(-1, "confused")
                        .PainPoint("Menu is hard to read", PainSeverity.Medium)
                        .Opportunity("Menu on the student app", o => o.Addresses("Menu is hard to read"))))
                .Stage("Pay", s => s
                    .Step("Pays", st => st.Via("Till").Emotion(-2, "no card payment")))
                .Build();

            Console.WriteLine(map);                           // Journey map 'Buy lunch in the canteen' (2 stages, 2 steps)
            Console.WriteLine(map.FindStep("pays")!.Emotion); // -2 (no card payment)
            Console.WriteLine(map.ToBuilder().Build() == map); // True
            var json = JourneyMapJson.Default.Serialize(map);   // canonical JSON: the same bytes every time
            Console.WriteLine(JourneyMapJson.Default.Deserialize(json) == map); // True
            #endregion
        });

        output.Should().Be("Journey map 'Buy lunch in the canteen' (2 stages, 2 steps)\n-2 (no card payment)\nTrue\nTrue\n");
    }

    [Fact]
    public void Readme_ShowsTheExampleVerbatim() =>
        DocSnippets.AssertShownIn("README.md", "ReadmeExampleTests.cs", "readme-example");
}
