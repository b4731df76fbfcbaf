using JourneyKit.Localization;

namespace JourneyKit.Diffing;

/// <summary>The words of the texts about changes in a language: element kinds and properties, each by its key in <c>Changes.resx</c>.</summary>
internal static class ChangeWords
{
    /// <summary>The word for a kind of element, such as "pain point"; its key is <c>Element.</c> and the kind's name.</summary>
    public static string Element(JourneyLanguage language, ElementKind kind) => language["Element." + kind];

    /// <summary>The word for a property, such as "emotions"; its key is <c>Property.</c> and the property's name as in JSON, which shows when the texts lack it.</summary>
    public static string Property(JourneyLanguage language, string property) => language.TextOr("Property." + property, property);
}
