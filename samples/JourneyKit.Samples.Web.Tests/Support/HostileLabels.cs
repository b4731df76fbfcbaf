namespace JourneyKit.Samples.Web.Tests.Support;

/// <summary>Labels that try to break out of HTML or SVG (a few of tests/JourneyKit.Tests/Support/HostileLabels.cs), in a map.</summary>
public static class HostileLabels
{
    public const string Script = "<script>window.__journeykitPwned=1</script>";
    public const string Image = "<img src=x onerror=\"window.__journeykitPwned=1\">";
    public const string Attribute = "\" onmouseover=\"window.__journeykitPwned=1\" x=\"";

    /// <summary>A map whose title, stage, step and pain point are hostile.</summary>
    public static JourneyMap Map() => JourneyMap.Create(Script)
        .Persona(Attribute, p => p.Id("persona"))
        .Stage(Image, s => s.Id("stage").Step(Script, st => st.Id("step").Emotion(-2).PainPoint(Image, PainSeverity.Critical, "pain")))
        .Build();
}
