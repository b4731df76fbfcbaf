using JourneyKit.Serialization.Json;

namespace JourneyKit.Samples.Web.Tests.Support;

/// <summary>Small maps to upload: a base, edits of it, and one with hostile labels.</summary>
public static class TestMaps
{
    /// <summary>A lunch in the canteen, with the paying step named as given.</summary>
    public static JourneyMap Lunch(string payStep = "Pays at the till", int payEmotion = -1) => JourneyMap.Create("Buy lunch")
        .Persona("Student", p => p.Id("student"))
        .Owner("Canteen", o => o.Id("canteen"))
        .Stage("Choose", s => s.Id("choose").OwnedBy("canteen").Step("Looks at the menu", st => st.Id("menu").Emotion(1)))
        .Stage("Pay", s => s.Id("pay").OwnedBy("canteen").Step(payStep, st => st.Id("pays").Emotion(payEmotion).PainPoint("The queue is long", PainSeverity.High, "queue")))
        .Build();

    /// <summary>The map as canonical JSON.</summary>
    public static string Json(JourneyMap map) => JourneyMapJson.Default.Serialize(map);

    /// <summary>A Mermaid journey diagram with the given number of tasks, all of the same name.</summary>
    public static string MermaidWithRepeatedTasks(int tasks)
    {
        var text = new System.Text.StringBuilder("journey\n  title Repeated\n  section Again\n");
        for (var i = 0; i < tasks; i++)
        {
            text.Append("    Same task: 3: Me\n");
        }

        return text.ToString();
    }
}
