namespace JourneyKit.Model.Shapes;

/// <summary>The words used for element kinds in paths, fingerprints and JSON.</summary>
internal static class ElementKinds
{
    private static readonly string[] Words =
        ["map", "persona", "stage", "step", "painPoint", "opportunity", "metric", "backStageItem", "touchpoint", "channel", "owner", "transition"];

    private static readonly string[] Readable =
        ["map", "persona", "stage", "step", "pain point", "opportunity", "metric", "back-stage item", "touchpoint", "channel", "owner", "transition"];

    public static string Word(ElementKind kind) => Words[(int)kind];

    public static string ReadableWord(ElementKind kind) => Readable[(int)kind];

    /// <summary>Returns the readable word with its indefinite article: "a step", "an owner".</summary>
    public static string WithArticle(ElementKind kind) => ("aeiou".Contains(Readable[(int)kind][0], StringComparison.Ordinal) ? "an " : "a ") + Readable[(int)kind];

    public static bool TryParse(string word, out ElementKind kind)
    {
        var index = Array.IndexOf(Words, word);
        kind = (ElementKind)Math.Max(index, 0);
        return index >= 0;
    }
}
