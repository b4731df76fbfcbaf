using FsCheck.Xunit;
using JourneyKit.Building;

namespace JourneyKit.Tests.Building;

/// <summary>Properties of the builder over randomly described maps: nothing lost, ids unique, builds repeatable and reversible.</summary>
public class RandomMapPropertyTests
{

    private static readonly string[] StepNames = ["Search", "Compare", "Pay", "Pay", "Review", "Ask a friend", "Zahlung prüfen", "选择", "🎉", "Wait"];
    private static readonly string[] Touchpoints = ["Website", "App", "Store", "website", "Call centre"];
    private static readonly string[] Owners = ["Web team", "Store manager", "Support"];

    /// <summary>A map description and what it should hold.</summary>
    private sealed record Recipe(JourneyMapBuilder Builder, int Stages, int Steps, int PainPoints, int Opportunities, int Emotions);

    private static Recipe Describe(int seed)
    {
        var random = new Random(seed);
        var builder = JourneyMap.Create("Random journey").Persona("Buyer");
        int stages = random.Next(0, 6), steps = 0, painPoints = 0, opportunities = 0, emotions = 0;
        for (var s = 0; s < stages; s++)
        {
            var stepCount = random.Next(0, 5);
            steps += stepCount;
            builder.Stage(StepNames[random.Next(StepNames.Length)], stage =>
            {
                stage.OwnedBy(Owners[random.Next(Owners.Length)]);
                for (var i = 0; i < stepCount; i++)
                {
                    var hasPain = random.Next(2) == 0;
                    var hasOpportunity = hasPain && random.Next(2) == 0;
                    var hasEmotion = random.Next(3) > 0;
                    painPoints += hasPain ? 1 : 0;
                    opportunities += hasOpportunity ? 1 : 0;
                    emotions += hasEmotion ? 1 : 0;
                    var painText = $"Pain {painPoints}";
                    var score = random.Next(-2, 3);
                    var touchpoint = Touchpoints[random.Next(Touchpoints.Length)];
                    stage.Step(StepNames[random.Next(StepNames.Length)], step =>
                    {
                        step.Via(touchpoint);
                        if (hasEmotion)
                        {
                            step.Emotion(score, persona: random.Next(2) == 0 ? "Buyer" : null);
                        }

                        if (hasPain)
                        {
                            step.PainPoint(painText);
                        }

                        if (hasOpportunity)
                        {
                            step.Opportunity($"Fix {painText}", o => o.Addresses(painText));
                        }
                    });
                }
            });
        }

        return new Recipe(builder, stages, steps, painPoints, opportunities, emotions);
    }

    [Property(MaxTest = 300)]
    public void Build_RandomMaps_KeepEveryElementWithUniqueIds(int seed)
    {
        var recipe = Describe(seed);
        var map = recipe.Builder.Build();
        var steps = map.Steps.ToList();

        steps.Should().HaveCount(recipe.Steps);
        map.Stages.Should().HaveCount(recipe.Stages);
        steps.Sum(s => s.PainPoints.Count).Should().Be(recipe.PainPoints);
        steps.Sum(s => s.Opportunities.Count).Should().Be(recipe.Opportunities);
        steps.Sum(s => s.Emotions.Count).Should().Be(recipe.Emotions);
        steps.Select(s => s.Id).Should().OnlyHaveUniqueItems();
        steps.All(s => ElementIds.IsValid(s.Id)).Should().BeTrue();
        map.Stages.Select(s => s.Id).Should().OnlyHaveUniqueItems();
        steps.SelectMany(s => s.PainPoints).Select(p => p.Id).Should().OnlyHaveUniqueItems();
        steps.SelectMany(s => s.TouchpointIds).All(id => map.FindTouchpoint(id) != null).Should().BeTrue();
        map.Stages.All(s => map.FindOwner(s.OwnerId!) != null).Should().BeTrue();
        steps.SelectMany(s => s.Opportunities).SelectMany(o => o.AddressedPainPointIds).All(id => map.FindPainPoint(id) != null).Should().BeTrue();
    }

    [Property(MaxTest = 300)]
    public void Build_RandomMaps_IsRepeatableAndReversible(int seed)
    {
        var builder = Describe(seed).Builder;
        var map = builder.Build();

        builder.Build().Should().Be(map);
        Describe(seed).Builder.Build().Should().Be(map);
        map.ToBuilder().Build().Should().Be(map);
        map.ToBuilder().Build().GetHashCode().Should().Be(map.GetHashCode());
    }
}
