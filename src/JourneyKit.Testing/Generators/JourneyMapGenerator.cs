using JourneyKit.Building;

namespace JourneyKit.Testing.Generators;

/// <summary>
/// Random journey maps and random revisions of them, for property tests: the same seed and options always give the same
/// map. Every map builds (ids are unique, references resolve, emotions are on the scale); validation may still find
/// practice issues, as in real maps.
/// </summary>
public static class JourneyMapGenerator
{
    /// <summary>Makes a random map from a seed.</summary>
    /// <param name="seed">The seed: the same seed and options give an equal map.</param>
    /// <param name="options">Size, languages, hostile text and transitions; <see cref="JourneyMapGeneratorOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>A map that builds.</returns>
    public static JourneyMap Generate(int seed, JourneyMapGeneratorOptions? options = null)
    {
        options ??= JourneyMapGeneratorOptions.Default;
        var random = new Random(seed);
        var words = new Words(random, options.Languages[random.Next(options.Languages.Count)], options.HostileText);
        var builder = JourneyMap.Create(words.Pick(Vocabulary.Stages(words.Language)) + " journey")
            .Kind((JourneyKind)random.Next(7))
            .Audience((Audience)random.Next(2))
            .Language(words.Language)
            .Owner(words.Pick(["Customer care", "E-commerce", "Logistics"]), o => o.Id("owner"));
        var personas = random.Next(0, 3);
        for (var p = 0; p < personas; p++)
        {
            builder.Persona(words.Named("Persona"), persona => persona.Id($"persona-{p}").Goal(words.Pick(Vocabulary.Steps(words.Language))));
        }

        var touchpoints = Vocabulary.Touchpoints(words.Language);
        for (var t = 0; t < touchpoints.Length; t++)
        {
            builder.Touchpoint(words.Decorate(touchpoints[t]), touchpoint => touchpoint.Id($"touchpoint-{t}"));
        }

        var steps = 0;
        var stages = random.Next(1, options.MaxStages + 1);
        for (var s = 0; s < stages; s++)
        {
            builder.Stage(words.Named(words.Pick(Vocabulary.Stages(words.Language))), stage =>
            {
                stage.Id($"stage-{s}");
                if (random.Next(2) == 0)
                {
                    stage.OwnedBy("owner").Metric(words.Named("Conversion"), m => m.Id($"stage-{s}-conversion").Kind(MetricKind.Conversion).Unit("%")
                        .Target(random.Next(40, 90)).Actual(random.Next(20, 100)));
                }

                for (var i = random.Next(1, options.MaxStepsPerStage + 1); i > 0; i--)
                {
                    var stepId = $"step-{steps++}";
                    stage.Step(words.Named(words.Pick(Vocabulary.Steps(words.Language))), step => Step(step, stepId, personas, touchpoints.Length, random, words));
                }
            });
        }

        if (options.Transitions)
        {
            for (var t = random.Next(0, 3); t > 0 && steps > 1; t--)
            {
                var from = $"step-{random.Next(steps)}";
                var to = $"step-{random.Next(steps)}";
                _ = random.Next(3) switch
                {
                    0 => builder.Branch(from, to, words.Named("Branch"), random.Next(1, 100) / 100m, $"transition-{t}"),
                    1 => builder.Loop(from, to, null, null, $"transition-{t}"),
                    _ => builder.Exit(from, words.Named("Leaves"), random.Next(1, 100) / 100m, $"transition-{t}"),
                };
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// Makes a random revision of a map, the way teams revise one: steps renamed, added, removed and moved to another
    /// stage, emotions changed, pain points found and resolved, stage metrics measured again, opportunities advanced.
    /// The labels it adds are English.
    /// </summary>
    /// <param name="map">The map to revise; it is not changed.</param>
    /// <param name="seed">The seed: the same map, seed and edits give an equal revision.</param>
    /// <param name="edits">How many edits to try (each one that would not build is left out).</param>
    /// <returns>The revised map, which builds.</returns>
    public static JourneyMap Revise(JourneyMap map, int seed, int edits = 3)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentOutOfRangeException.ThrowIfNegative(edits);
        var random = new Random(seed);
        var words = new Words(random, "en", hostile: false);
        for (var e = 0; e < edits; e++)
        {
            var stage = map.Stages[random.Next(map.Stages.Count)];
            if (stage.Steps.IsEmpty)
            {
                continue;
            }

            var step = stage.Steps[random.Next(stage.Steps.Count)];
            var builder = map.ToBuilder();
            void EditStep(Action<StepBuilder> edit) => builder.EditStage(stage.Id, s => s.EditStep(step.Id, edit));
            switch (random.Next(8))
            {
                case 0:
                    EditStep(s => s.Name(step.Name + " (revised)"));
                    break;
                case 1:
                    EditStep(s => s.Emotion(random.Next(map.EmotionScale.Min, map.EmotionScale.Max + 1), words.Pick(["better", "worse", "unsure"])));
                    break;
                case 2:
                    EditStep(s => s.PainPoint(words.Named(words.Pick(Vocabulary.Pains("en"))), (PainSeverity)random.Next(4)));
                    break;
                case 3 when !step.PainPoints.IsEmpty:
                    EditStep(s => s.RemovePainPoint(step.PainPoints[random.Next(step.PainPoints.Count)].Id));
                    break;
                case 4 when !stage.Metrics.IsEmpty:
                    builder.EditStage(stage.Id, s => s.EditMetric(stage.Metrics[0].Id, m => m.Actual(random.Next(0, 100))));
                    break;
                case 5 when map.Stages.Count > 1:
                    builder.MoveStep(step.Id, map.Stages[random.Next(map.Stages.Count)].Id);
                    break;
                case 6:
                    builder.EditStage(stage.Id, s => s.Step(words.Named(words.Pick(Vocabulary.Steps("en"))), st => st.Emotion(0)));
                    break;
                case 7 when !step.Opportunities.IsEmpty:
                    EditStep(s => s.EditOpportunity(step.Opportunities[0].Id, o => o.Status((OpportunityStatus)random.Next(5))));
                    break;
                default:
                    continue;
            }

            try
            {
                map = builder.Build();
            }
            catch (JourneyMapBuildException)
            {
                // An edit the map forbids, such as removing a step a transition needs, is left out.
            }
        }

        return map;
    }

    private static void Step(StepBuilder step, string stepId, int personas, int touchpoints, Random random, Words words)
    {
        step.Id(stepId).Via($"touchpoint-{random.Next(touchpoints)}");
        if (random.Next(4) > 0)
        {
            step.Emotion(random.Next(-2, 3), words.Pick(["happy", "confused", "annoyed", "relieved"]));
        }

        if (personas > 0 && random.Next(3) == 0)
        {
            step.Emotion(random.Next(-2, 3), persona: $"persona-{random.Next(personas)}");
        }

        if (random.Next(2) == 0)
        {
            step.Action(words.Pick(Vocabulary.Steps(words.Language))).Thought(words.Named("Thinks"));
        }

        if (random.Next(2) == 0)
        {
            var painId = $"{stepId}-pain";
            step.PainPoint(words.Named(words.Pick(Vocabulary.Pains(words.Language))), (PainSeverity)random.Next(4), painId);
            if (random.Next(3) > 0)
            {
                step.Opportunity(words.Named("Fix"), o => o.Id($"{stepId}-fix").Addresses(painId)
                    .Impact((Level)random.Next(3)).Effort((Level)random.Next(3)).Status((OpportunityStatus)random.Next(5)));
            }
        }

        if (random.Next(4) == 0)
        {
            step.OwnedBy("owner").Duration(TimeSpan.FromMinutes(random.Next(1, 600)));
        }
    }

    /// <summary>Labels in one language, unique by a running number, with hostile text mixed in when asked.</summary>
    private sealed class Words(Random random, string language, bool hostile)
    {
        private int _count;

        public string Language { get; } = language;

        public string Pick(string[] words) => words[random.Next(words.Length)];

        public string Named(string word) => Decorate($"{word} {++_count}");

        public string Decorate(string word) => hostile && random.Next(3) == 0 ? $"{word} {Pick(Vocabulary.Hostile)}" : word;
    }
}
