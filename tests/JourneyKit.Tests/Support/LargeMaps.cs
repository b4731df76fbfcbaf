namespace JourneyKit.Tests.Support;

/// <summary>Big maps of a realistic shape: ten steps per stage, each with text, an emotion, a touchpoint and, often, a pain point.</summary>
public static class LargeMaps
{
    public static JourneyMap Build(int steps)
    {
        var builder = JourneyMap.Create("A very long journey")
            .Persona("Shopper")
            .Owner("Web team")
            .Touchpoint("Website", t => t.OnChannel("Web"))
            .Touchpoint("Store", t => t.OnChannel("In person"));
        for (var stage = 0; stage * 10 < steps; stage++)
        {
            var first = stage * 10;
            builder.Stage($"Stage {stage}", s =>
            {
                s.Id($"stage-{first / 10}").OwnedBy("Web team");
                for (var i = first; i < Math.Min(first + 10, steps); i++)
                {
                    var n = i;
                    s.Step($"Step {n}", st =>
                    {
                        st.Id($"step-{n}").Description($"What the shopper does at step {n}.").Action("Looks around", "Clicks").Thought("Is this right?")
                            .Emotion((n % 5) - 2, "mixed").Via(n % 2 == 0 ? "Website" : "Store");
                        if (n % 3 == 0)
                        {
                            st.PainPoint($"Slow page {n}", PainSeverity.High, $"pain-{n}");
                        }
                    });
                }
            });
        }

        return builder.Build();
    }
}
