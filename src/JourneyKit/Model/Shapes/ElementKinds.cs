namespace JourneyKit.Model.Shapes;

/// <summary>The words used for element kinds in paths, fingerprints and JSON.</summary>
internal static class ElementKinds
{
    public static string Word(ElementKind kind) => Shapes.Of(kind).Word;

    public static string ReadableWord(ElementKind kind) => Shapes.Of(kind).ReadableWord;

    /// <summary>Returns the readable word with its indefinite article: "a step", "an owner".</summary>
    public static string WithArticle(ElementKind kind) => ReadableWord(kind) is var word && "aeiou".Contains(word[0], StringComparison.Ordinal) ? "an " + word : "a " + word;

    public static bool TryParse(string word, out ElementKind kind)
    {
        foreach (var candidate in Enum.GetValues<ElementKind>())
        {
            if (Word(candidate) == word)
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>Says where elements of a kind are declared in a document: "'personas'", "the stages' 'steps'".</summary>
    public static string DeclaredIn(ElementKind kind)
    {
        var collection = Shapes.Of(kind).Collection;
        if (Array.IndexOf(Shapes.Map.ChildKinds, kind) >= 0)
        {
            return $"'{collection}'";
        }

        var parent = Enum.GetValues<ElementKind>().First(p => Array.IndexOf(Shapes.Of(p).ChildKinds, kind) >= 0);
        return $"the {Shapes.Of(parent).Collection}' '{collection}'";
    }
}
