namespace JourneyKit.Testing.Generators;

/// <summary>Two revisions of one map, the older and a random revision of it, for property tests of comparing and patching.</summary>
/// <param name="Before">The older revision.</param>
/// <param name="After">The newer revision.</param>
public sealed record RevisionPair(JourneyMap Before, JourneyMap After)
{
    /// <summary>Gets the seed of the edits, when the pair was generated, so that a smaller older map can be revised the same way.</summary>
    internal int? Seed { get; init; }

    /// <summary>Gets how many edits were tried.</summary>
    internal int Edits { get; init; }
}
