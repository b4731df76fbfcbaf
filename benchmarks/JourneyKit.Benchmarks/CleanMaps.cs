using System.Globalization;

namespace JourneyKit.Benchmarks;

/// <summary>Maps that follow every built-in rule: what a team's maps look like once validation passes.</summary>
public static class CleanMaps
{
    /// <summary>Builds a clean map; without <paramref name="evidence"/>, pain points cite none, as maps did before evidence.</summary>
    public static JourneyMap Build(int steps, bool evidence = true)
    {
        var map = JourneyMap.Create("Clean benchmark journey")
            .Persona("Customer", p => p.Goal("Get it done"))
            .Channel("Web")
            .Owner("Team 0")
            .Owner("Team 1");
        for (var t = 0; t < MapShape.TouchpointCount; t++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"Touchpoint {t}");
            map.Touchpoint(name, tp => tp.OnChannel("Web"));
        }

        var stages = (steps + MapShape.StepsPerStage - 1) / MapShape.StepsPerStage;
        for (var s = 0; s < stages; s++)
        {
            var stage = s;
            map.Stage(string.Create(CultureInfo.InvariantCulture, $"Stage {stage}"), builder =>
            {
                builder.Goal("Move on").Question("What next?").OwnedBy($"Team {stage % 2}")
                    .Metric(string.Create(CultureInfo.InvariantCulture, $"Stage {stage} conversion"), m => m.Kind(MetricKind.Conversion).Unit("%").Target(50).Actual(42));
                var count = Math.Min(MapShape.StepsPerStage, steps - (stage * MapShape.StepsPerStage));
                for (var k = 0; k < count; k++)
                {
                    var i = (stage * MapShape.StepsPerStage) + k;
                    builder.Step(string.Create(CultureInfo.InvariantCulture, $"Customer takes step {i}"), st =>
                    {
                        st.Action("Reads the page").Emotion((i % 5) - 2, "feels").OwnedBy($"Team {i % 2}")
                            .Via(string.Create(CultureInfo.InvariantCulture, $"Touchpoint {i % MapShape.TouchpointCount}"));
                        if ((i % 5) - 2 < 0)
                        {
                            var pain = string.Create(CultureInfo.InvariantCulture, $"Friction at step {i}");
                            if (evidence)
                            {
                                var finding = string.Create(CultureInfo.InvariantCulture, $"Session recordings show friction at step {i}");
                                st.Evidence(finding, e => e.Kind(EvidenceKind.Observation).Source("Session recordings")).PainPoint(pain, p => p.Cites(finding));
                            }
                            else
                            {
                                st.PainPoint(pain);
                            }

                            st.Opportunity(string.Create(CultureInfo.InvariantCulture, $"Remove friction {i}"), o => o.Addresses(pain))
                                .Metric(string.Create(CultureInfo.InvariantCulture, $"Step {i} completion"), m => m.Kind(MetricKind.Completion).Unit("%").Target(90));
                        }
                    });
                }
            });
        }

        return map.Build();
    }
}
