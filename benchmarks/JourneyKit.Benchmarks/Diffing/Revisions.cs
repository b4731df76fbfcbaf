using System.Globalization;

namespace JourneyKit.Benchmarks.Diffing;

/// <summary>
/// Two revisions of a map, each built on its own from code so they share no objects, not even strings: ten steps a
/// stage, each with an action, a thought, an emotion, a touchpoint and an owner, every third with a pain point. The
/// newer revision differs in 1% of its steps, in turn edited, moved to the next stage, renamed (so its name-derived id
/// changes), joined by a new step, or removed.
/// </summary>
public static class Revisions
{
    private const int StepsPerStage = 10;

    public static JourneyMap Build(int steps, bool revised)
    {
        var map = JourneyMap.Create(Fresh("A long journey"))
            .Persona(Fresh("Shopper"))
            .Owner(Fresh("Web team"))
            .Owner(Fresh("Store team"))
            .Touchpoint(Fresh("Website"))
            .Touchpoint(Fresh("Store"));
        var stages = (steps + StepsPerStage - 1) / StepsPerStage;
        for (var s = 0; s < stages; s++)
        {
            var stage = s;
            map.Stage(Text($"Stage {stage}"), builder =>
            {
                builder.Goal(Fresh("Move on")).OwnedBy(Fresh("Web team"));
                var first = stage * StepsPerStage;
                for (var i = Math.Max(0, first - StepsPerStage); i < Math.Min(first + StepsPerStage, steps); i++)
                {
                    var change = revised && i % 100 == 50 ? (i / 100) % 5 : -1;
                    var inThisStage = i >= first ? change != 1 : change == 1;
                    if (!inThisStage || change == 4)
                    {
                        continue;
                    }

                    var n = i;
                    builder.Step(change == 2 ? Text($"Customer takes renamed step {n}") : Text($"Customer takes step {n}"), st => Step(st, n, edited: change == 0, isNew: false));
                    if (change == 3)
                    {
                        builder.Step(Text($"Customer takes new step {n}"), st => Step(st, n, edited: true, isNew: true));
                    }
                }
            });
        }

        return map.Build();
    }

    private static void Step(Building.StepBuilder step, int n, bool edited, bool isNew)
    {
        step.Description(edited ? Text($"What happens at step {n}, now simpler.") : Text($"What happens at step {n}."))
            .Action(Fresh("Looks around"))
            .Thought(Fresh("Is this right?"))
            .Emotion(edited ? 2 : (n % 5) - 2, Fresh("mixed"))
            .Via(Fresh(n % 2 == 0 ? "Website" : "Store"))
            .OwnedBy(Fresh(n % 2 == 0 ? "Web team" : "Store team"));
        if (n % 3 == 0 && !isNew)
        {
            step.PainPoint(Text($"Slow page {n}"), PainSeverity.High);
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Fresh(string text) => new(text.AsSpan());
}
