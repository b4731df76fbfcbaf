using JourneyKit.Diffing;
using JourneyKit.Testing.Assertions;

namespace JourneyKit.Testing.Equivalency;

/// <summary>The changes between two maps as the lines of a failure message, by the diff engine: what a person reads.</summary>
internal static class Changelog
{
    public static string Count(JourneyDiff diff) => diff.Changes.Count == 1 ? "1 change" : $"{diff.Changes.Count} changes";

    /// <summary>The changes, one per line, each indented.</summary>
    public static string Lines(IReadOnlyCollection<JourneyChange> changes) => Listing.Lines(changes, change => change.Description);
}
