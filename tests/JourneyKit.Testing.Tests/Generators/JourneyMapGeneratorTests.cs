using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JourneyKit.Diffing;
using JourneyKit.Serialization.Json;
using JourneyKit.Testing.Generators;

namespace JourneyKit.Testing.Tests.Generators;

public class JourneyMapGeneratorTests
{
    [Fact]
    public void Generate_SameSeed_GivesEqualMaps() =>
        JourneyMapGenerator.Generate(42).Should().Be(JourneyMapGenerator.Generate(42));

    [Fact]
    public void Generate_ManySeeds_GivesDifferentMapsWithinTheSizeLimits()
    {
        var options = JourneyMapGeneratorOptions.Default with { MaxStages = 3, MaxStepsPerStage = 2 };
        var maps = Enumerable.Range(0, 200).Select(seed => JourneyMapGenerator.Generate(seed, options)).ToList();

        maps.Distinct().Should().HaveCountGreaterThan(190);
        maps.Should().OnlyContain(m => m.Stages.Count >= 1 && m.Stages.Count <= 3 && m.Stages.All(s => s.Steps.Count >= 1 && s.Steps.Count <= 2));
        maps.Should().Contain(m => !m.Transitions.IsEmpty).And.Contain(m => m.Steps.Any(s => !s.PainPoints.IsEmpty));
    }

    [Fact]
    public void Generate_WithoutTransitions_GivesLinearMaps() =>
        Enumerable.Range(0, 100).Select(seed => JourneyMapGenerator.Generate(seed, JourneyMapGeneratorOptions.Default with { Transitions = false }))
            .Should().OnlyContain(m => m.Transitions.IsEmpty);

    [Fact]
    public void Generate_Languages_WritesLabelsInThem()
    {
        var chinese = JourneyMapGenerator.Generate(7, JourneyMapGeneratorOptions.Default with { Languages = ["zh"] });
        var bulgarian = JourneyMapGenerator.Generate(7, JourneyMapGeneratorOptions.Default with { Languages = ["bg"] });

        chinese.Stages[0].Name.Should().MatchRegex(@"\p{IsCJKUnifiedIdeographs}");
        bulgarian.Stages[0].Name.Should().MatchRegex(@"\p{IsCyrillic}");
        chinese.Language.Should().Be("zh", "a generated map records the language of its labels, so its pictures and reports speak it");
        bulgarian.Language.Should().Be("bg");
        JourneyKit.Rendering.JourneyMapHtml.Default.Serialize(bulgarian).Should().Contain("<html lang=\"bg\">");
    }

    [Fact]
    public void Languages_Unsupported_ThrowsListingTheSupportedOnes() =>
        FluentActions.Invoking(() => JourneyMapGeneratorOptions.Default with { Languages = ["fr"] })
            .Should().Throw<ArgumentException>().WithMessage("Languages must be one or more of en, de, zh, bg, nb; got [fr].*");

    [Theory]
    [InlineData(0)]
    [InlineData(1_001)]
    public void MaxStages_OutOfRange_Throws(int stages) =>
        FluentActions.Invoking(() => JourneyMapGeneratorOptions.Default with { MaxStages = stages }).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Generate_HostileText_PutsItInLabelsAndTheMapsStillRoundTrip()
    {
        var options = JourneyMapGeneratorOptions.Default with { HostileText = true, Languages = JourneyMapGeneratorOptions.SupportedLanguages };
        var maps = Enumerable.Range(0, 100).Select(seed => JourneyMapGenerator.Generate(seed, options)).ToList();

        maps.SelectMany(m => m.Steps).Should().Contain(s => s.Name.Contains("<script>", StringComparison.Ordinal) || s.Name.Contains('{'));
        foreach (var map in maps)
        {
            map.Should().RoundTrip(JourneyMapJson.Default.Format);
        }
    }

    [Fact]
    public void Revise_SameSeed_GivesEqualRevisionsThatPatchExactly()
    {
        for (var seed = 0; seed < 100; seed++)
        {
            var before = JourneyMapGenerator.Generate(seed);
            var after = JourneyMapGenerator.Revise(before, seed, edits: 4);

            after.Should().Be(JourneyMapGenerator.Revise(before, seed, edits: 4));
            JourneyDiff.Apply(before, JourneyDiff.Compare(before, after)).Should().Be(after);
        }
    }

    [Fact]
    public void Revise_ManySeeds_ChangesMostMaps() =>
        Enumerable.Range(0, 100).Count(seed => JourneyMapGenerator.Revise(JourneyMapGenerator.Generate(seed), seed) != JourneyMapGenerator.Generate(seed))
            .Should().BeGreaterThan(80);

    [Property(Arbitrary = [typeof(JourneyKitArbitraries)])]
    public void JourneyMap_Arbitrary_GivesMapsThatRoundTripThroughJson(JourneyMap map) =>
        JourneyMapJson.Default.Deserialize(JourneyMapJson.Default.Serialize(map)).Should().Be(map);

    [Property(Arbitrary = [typeof(JourneyKitArbitraries)])]
    public void Revisions_Arbitrary_GivesRevisionsTheDiffTurnsIntoEachOther(RevisionPair revisions) =>
        JourneyDiff.Apply(revisions.After, JourneyDiff.Compare(revisions.Before, revisions.After).Invert()).Should().Be(revisions.Before);

    [Fact]
    public void Shrinker_BigMap_GivesSmallerMapsThatBuild()
    {
        var map = JourneyMapGenerator.Generate(3, JourneyMapGeneratorOptions.Default with { MaxStages = 6, MaxStepsPerStage = 6 });

        var smaller = JourneyKitArbitraries.JourneyMap().Shrinker(map).ToList();

        smaller.Should().NotBeEmpty().And.OnlyContain(m => m.Steps.Count < map.Steps.Count || m.Transitions.Count < map.Transitions.Count);
    }

    [Fact]
    public void Maps_FailingProperty_ShrinksToASmallCounterexample()
    {
        var property = Prop.ForAll(JourneyKitArbitraries.Maps(JourneyMapGeneratorOptions.Default with { MaxStages = 8 }), map => map.Steps.Count < 3);

        var run = () => Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), property);

        var message = run.Should().Throw<Exception>().Which.Message;
        message.Split('\n').Last(l => l.StartsWith("Journey map", StringComparison.Ordinal)).Should().EndWith(", 3 steps)",
            "the counterexample FsCheck reports last (shrunk, or the original when it was already minimal) has the fewest steps that fail");
    }

    [Fact]
    public void Revisions_Shrinker_GivesFewerEditsThenSmallerMapsRevisedAlike()
    {
        var arbitrary = JourneyKitArbitraries.Revisions();
        var map = JourneyMapGenerator.Generate(3, JourneyMapGeneratorOptions.Default with { MaxStages = 6, MaxStepsPerStage = 6 });
        var pair = new RevisionPair(map, JourneyMapGenerator.Revise(map, 7, 3)) { Seed = 7, Edits = 3 };

        var smaller = arbitrary.Shrinker(pair).ToList();

        smaller.Should().NotBeEmpty().And.OnlyContain(p => p.Before.Steps.Count <= pair.Before.Steps.Count);
        smaller.Should().OnlyContain(p => JourneyDiff.Apply(p.Before, JourneyDiff.Compare(p.Before, p.After)) == p.After);
    }

    [Fact]
    public void Revise_StageMetrics_AreMeasuredAgainInSomeRevisions() =>
        Enumerable.Range(0, 200).Count(seed =>
        {
            var map = JourneyMapGenerator.Generate(seed);
            var revised = JourneyMapGenerator.Revise(map, seed, edits: 5);
            return JourneyDiff.Compare(map, revised).Changes.Any(c => c.ElementKind == ElementKind.Metric && c.Property == "actual");
        }).Should().BeGreaterThan(5);
}
