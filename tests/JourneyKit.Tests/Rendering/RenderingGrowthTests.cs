using JourneyKit.Rendering;
using JourneyKit.Serialization.Csv;
using JourneyKit.Serialization.Markdown;
using JourneyKit.Serialization.Mermaid;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Rendering;

/// <summary>Every export costs memory linear in the map: four times the steps, about four times the bytes.</summary>
public class RenderingGrowthTests
{
    /// <summary>A map where every step has a pain point, an opportunity addressing it and a touchpoint, and every tenth step a branch.</summary>
    private static JourneyMap Wide(int steps)
    {
        var builder = JourneyMap.Create("Wide").Persona("Shopper").Owner("Web team").Touchpoint("Website", t => t.OnChannel("Web"));
        builder.Stage("All", s =>
        {
            for (var i = 0; i < steps; i++)
            {
                var n = i;
                s.Step($"Step {n}", st => st.Id($"step-{n}").Emotion((n % 5) - 2).Via("Website").OwnedBy("Web team")
                    .PainPoint($"Slow {n}", PainSeverity.High, $"pain-{n}")
                    .Opportunity($"Faster {n}", o => o.Id($"faster-{n}").Addresses($"pain-{n}")));
            }
        });
        for (var i = 10; i < steps; i += 10)
        {
            builder.Branch($"step-{i - 10}", $"step-{i}", "skips ahead", 0.1m);
        }

        return builder.Build();
    }

    public static TheoryData<string> Exports => ["html", "markdown", "svg", "csv", "mermaid"];

    [Theory]
    [MemberData(nameof(Exports))]
    public void Export_FourTimesTheSteps_AllocatesAboutFourTimesTheMemory(string export)
    {
        Func<JourneyMap, string> write = export switch
        {
            "html" => JourneyMapHtml.Default.Serialize,
            "markdown" => JourneyMapMarkdown.Default.Serialize,
            "svg" => JourneyMapSvg.Default.Serialize,
            "csv" => JourneyMapCsv.Default.Serialize,
            _ => JourneyMapMermaid.Default.Serialize,
        };
        var maps = new Dictionary<int, JourneyMap> { [100] = Wide(100), [400] = Wide(400), [1_600] = Wide(1_600) };

        Growth.AllocationRatio(400, n => write(maps[n])).Should().BeLessThan(6);
    }

    [Fact]
    public void RenderDiff_FourTimesTheSteps_AllocatesAboutFourTimesTheMemory()
    {
        var maps = new[] { 100, 400, 1_600 }.ToDictionary(n => n, n => (Wide(n), Wide(n).WithTitle("Wider")));

        Growth.AllocationRatio(400, n => JourneyMapHtml.Default.RenderDiff(maps[n].Item1, maps[n].Item2)).Should().BeLessThan(6);
    }
}
