using FsCheck;
using FsCheck.Fluent;

namespace JourneyKit.Testing.Generators;

/// <summary>
/// FsCheck 3 arbitraries of random maps and revisions, which grow with FsCheck's size and shrink by whole stages, steps
/// and transitions. Use them with <c>[Property(Arbitrary = [typeof(JourneyKitArbitraries)])]</c>, or call
/// <see cref="Maps"/> for other options.
/// </summary>
public static class JourneyKitArbitraries
{
    /// <summary>Random maps with the default options.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<JourneyMap> JourneyMap() => Maps(JourneyMapGeneratorOptions.Default);

    /// <summary>A random map and a random revision of it.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RevisionPair> Revisions() => Arb.From(
        from map in JourneyMap().Generator
        from seed in Gen.Choose(0, int.MaxValue)
        from edits in Gen.Choose(1, 5)
        select Revised(map, seed, edits),
        ShrinkRevisions);

    private static RevisionPair Revised(JourneyKit.JourneyMap map, int seed, int edits) =>
        new(map, JourneyMapGenerator.Revise(map, seed, edits)) { Seed = seed, Edits = edits };

    /// <summary>Fewer edits of the same map, then the same edits of smaller maps.</summary>
    private static IEnumerable<RevisionPair> ShrinkRevisions(RevisionPair pair)
    {
        if (pair.Seed is not { } seed)
        {
            yield break;
        }

        if (pair.Edits > 1)
        {
            yield return Revised(pair.Before, seed, pair.Edits - 1);
        }

        foreach (var smaller in Shrink(pair.Before))
        {
            if (!ReferenceEquals(smaller, pair.Before))
            {
                yield return Revised(smaller, seed, pair.Edits);
            }
        }
    }

    /// <summary>Random maps with these options; the most stages and steps grow with FsCheck's size up to the options' limits.</summary>
    /// <param name="options">Size limits, languages, hostile text and transitions.</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<JourneyMap> Maps(JourneyMapGeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var generator = Gen.Sized(size => Gen.Choose(0, int.MaxValue).Select(seed => JourneyMapGenerator.Generate(seed, Scaled(options, size))));
        return Arb.From(generator, Shrink);
    }

    private static JourneyMapGeneratorOptions Scaled(JourneyMapGeneratorOptions options, int size) => options with
    {
        MaxStages = Math.Clamp(1 + (size * options.MaxStages / 100), 1, options.MaxStages),
        MaxStepsPerStage = Math.Clamp(1 + (size * options.MaxStepsPerStage / 100), 1, options.MaxStepsPerStage),
    };

    /// <summary>Smaller maps that still build: without the last stage, without a stage's last step, without transitions.</summary>
    private static IEnumerable<JourneyMap> Shrink(JourneyMap map)
    {
        if (map.Stages.Count > 1)
        {
            yield return Without(map, b => b.RemoveStage(map.Stages[^1].Id), map.Stages[^1].Steps.Select(s => s.Id));
        }

        foreach (var stage in map.Stages)
        {
            if (stage.Steps.Count > 1)
            {
                var step = stage.Steps[^1].Id;
                yield return Without(map, b => b.EditStage(stage.Id, s => s.RemoveStep(step)), [step]);
            }
        }

        if (!map.Transitions.IsEmpty)
        {
            yield return Without(map, _ => { }, map.Steps.Select(s => s.Id));
        }
    }

    /// <summary>The map after a removal, without the transitions from or to the steps it names; or the map itself when that would not build.</summary>
    private static JourneyMap Without(JourneyMap map, Action<Building.JourneyMapBuilder> remove, IEnumerable<string> steps)
    {
        var gone = steps.ToHashSet(StringComparer.Ordinal);
        var builder = map.ToBuilder();
        remove(builder);
        foreach (var transition in map.Transitions)
        {
            if (gone.Contains(transition.FromStepId) || (transition.ToStepId is { } to && gone.Contains(to)))
            {
                builder.RemoveTransition(transition.Id);
            }
        }

        try
        {
            return builder.Build();
        }
        catch (Building.JourneyMapBuildException)
        {
            return map;
        }
    }
}
