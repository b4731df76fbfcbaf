using System.Text.RegularExpressions;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Documentation;

/// <summary>The README's example is this compiled code: the test checks both that it runs and that the README shows it verbatim.</summary>
public partial class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_Runs_AndPrintsWhatTheReadmeSays()
    {
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            #region readme-example
            var map = JourneyMap.Create("Buy lunch in the canteen")
                .Persona("First-year student", p => p.Goal("Eat within the break"))
                .Owner("Canteen manager")
                .Stage("Choose food", s => s
                    .Owner("Canteen manager")
                    .Question("What is on today?")
                    .Step("Looks at the menu", st => st
                        .Touchpoint("Menu board")
                        .Emotion(-1, "confused")
                        .PainPoint("Menu is hard to read", PainSeverity.Medium)
                        .Opportunity("Menu on the student app", o => o.Addresses("Menu is hard to read"))))
                .Stage("Pay", s => s
                    .Step("Pays", st => st.Touchpoint("Till").Emotion(-2, "no card payment")))
                .Build();

            Console.WriteLine(map);                           // Journey map 'Buy lunch in the canteen' (2 stages, 2 steps)
            Console.WriteLine(map.FindStep("pays")!.Emotion); // -2 (no card payment)
            Console.WriteLine(map.ToBuilder().Build() == map); // True
            #endregion
        }
        finally
        {
            Console.SetOut(console);
        }

        output.ToString().ReplaceLineEndings("\n").Should().Be("Journey map 'Buy lunch in the canteen' (2 stages, 2 steps)\n-2 (no card payment)\nTrue\n");
    }

    [Fact]
    public void Readme_ShowsTheExampleVerbatim()
    {
        var example = Dedent(ExampleRegion());
        var readme = File.ReadAllText(Repository.File("README.md")).ReplaceLineEndings("\n");

        readme.Should().Contain("```csharp\nusing JourneyKit;\n\n" + example + "```", "README.md's example must be the code compiled and run by this test");
    }

    private static string ExampleRegion()
    {
        var source = File.ReadAllText(Repository.File("tests", "JourneyKit.Tests", "Documentation", "ReadmeExampleTests.cs")).ReplaceLineEndings("\n");
        var match = RegionPattern().Match(source);
        match.Success.Should().BeTrue();
        return match.Groups[1].Value;
    }

    private static string Dedent(string block)
    {
        var lines = block.Split('\n').SkipLast(1).ToArray();
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Concat(lines.Select(l => (l.Length >= indent ? l[indent..] : l.Trim()) + "\n"));
    }

    [GeneratedRegex(@"#region readme-example\n(.*?)[ ]*#endregion", RegexOptions.Singleline)]
    private static partial Regex RegionPattern();
}
