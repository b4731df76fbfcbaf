namespace JourneyKit.Testing.Generators;

/// <summary>Two revisions of one map, the older and a random revision of it, for property tests of comparing and patching.</summary>
/// <param name="Before">The older revision.</param>
/// <param name="After">The newer revision.</param>
public sealed record RevisionPair(JourneyMap Before, JourneyMap After);
