namespace JourneyKit.Tests.Support;

/// <summary>
/// Valid maps that use every part of the model, made from a seed: random text with quotes, escapes, control
/// characters, any script and emoji; numbers with random scale; every enum value; branches, loops and exits.
/// </summary>
public static class RandomMaps
{
    private static readonly string[] Fragments =
    [
        "Pay", "Zahlung prüfen", "选择午餐", "Оплата", "שלום", "🎉🍽", "\"quoted\"", "back\\slash", "tab\there", "line\nbreak",
        "\u0001ctl", "</script><script>alert(1)</script>", "a\u2028b", "\uFEFFbom", "e\u0301", "{\"json\": true}", "  spaced  ",
        "$type", "=SUM(A1)", "ümlaut",
    ];

    public static JourneyMap Build(int seed, int maxStages = 4, int maxStepsPerStage = 4)
    {
        var random = new Random(seed);
        string Text() => Fragments[random.Next(Fragments.Length)] + " " + random.Next(1000);
        T Pick<T>(T[] values) => values[random.Next(values.Length)];
        decimal Number() => new(random.Next(), random.Next(3) == 0 ? random.Next() : 0, 0, random.Next(2) == 0, (byte)random.Next(0, 8));

        var builder = JourneyMap.Create(Text())
            .Kind(Pick(Enum.GetValues<JourneyKind>()))
            .Audience(Pick(Enum.GetValues<Audience>()));
        if (random.Next(3) == 0)
        {
            builder.Language(Pick(["de", "zh-Hans", "bg", "nb-NO", "sr-Latn-RS"]));
        }

        var min = random.Next(-5, 0);
        var max = random.Next(1, 6);
        if (random.Next(2) == 0)
        {
            builder.EmotionScale(min, max);
        }
        else
        {
            (min, max) = (-2, 2);
        }

        if (random.Next(2) == 0)
        {
            builder.Description(Text());
        }

        if (random.Next(2) == 0)
        {
            builder.Revision(random.Next(1, 50), random.Next(2) == 0 ? Date(random) : null, random.Next(2) == 0 ? Text() : null, random.Next(2) == 0 ? Text() : null);
        }

        if (random.Next(2) == 0)
        {
            builder.ReviewCadence(TimeSpan.FromTicks(random.NextInt64(1, TimeSpan.TicksPerDay * 400)));
            if (random.Next(2) == 0)
            {
                builder.LastReviewedOn(Date(random));
            }
        }

        for (var i = random.Next(3); i > 0; i--)
        {
            builder.Property($"key {i} {Text()}", Text());
        }

        // Each element carries custom properties one time in three, so the property tests try them on every kind.
        void Properties(Action<string, string> set)
        {
            for (var i = random.Next(3) == 0 ? random.Next(1, 3) : 0; i > 0; i--)
            {
                set($"key {i} {Text()}", Text());
            }
        }

        var personas = random.Next(0, 3);
        for (var p = 0; p < personas; p++)
        {
            builder.Persona($"Persona {p}", persona =>
            {
                persona.Id($"persona-{p}");
                Properties((k, v) => persona.Property(k, v));
                if (random.Next(2) == 0)
                {
                    persona.Segment(Text()).Demographic("age", Text()).Behaviour(Text(), Text()).Goal(Text()).Need(Text()).Frustration(Text());
                }
            });
        }

        var channels = random.Next(0, 3);
        for (var c = 0; c < channels; c++)
        {
            builder.Channel($"Channel {c}", channel =>
            {
                channel.Id($"channel-{c}").Description(Text());
                Properties((k, v) => channel.Property(k, v));
            });
        }

        builder.Owner(Text(), owner =>
        {
            owner.Id("owner").Contact(Text());
            Properties((k, v) => owner.Property(k, v));
        });
        var touchpoints = random.Next(1, 4);
        for (var t = 0; t < touchpoints; t++)
        {
            builder.Touchpoint($"Touchpoint {t}", touchpoint =>
            {
                touchpoint.Id($"touchpoint-{t}");
                Properties((k, v) => touchpoint.Property(k, v));
                if (random.Next(2) == 0)
                {
                    touchpoint.Description(Text());
                }

                if (channels > 0)
                {
                    touchpoint.OnChannel($"channel-{random.Next(channels)}");
                }
            });
        }

        var steps = 0;
        var painPoints = 0;
        var metrics = 0;
        var stages = random.Next(0, maxStages + 1);
        for (var s = 0; s < stages; s++)
        {
            builder.Stage(Text(), stage =>
            {
                stage.Id($"stage-{s}");
                Properties((k, v) => stage.Property(k, v));
                if (random.Next(2) == 0)
                {
                    stage.Goal(Text()).Question(Text()).OwnedBy("owner").Icon(Pick(["🍽", "💳", "search"]));
                    stage.Metric(Text(), m =>
                    {
                        m.Id($"metric-{metrics++}").Kind(Pick(Enum.GetValues<MetricKind>())).Unit(Text()).Target(Number());
                        Properties((k, v) => m.Property(k, v));
                    });
                }

                for (var i = random.Next(0, maxStepsPerStage + 1); i > 0; i--)
                {
                    var stepId = $"step-{steps++}";
                    stage.Step(Text(), step =>
                    {
                        step.Id(stepId);
                        Properties((k, v) => step.Property(k, v));
                        if (random.Next(2) == 0)
                        {
                            step.Description(Text()).Action(Text(), Text()).Thought(Text());
                        }

                        if (random.Next(3) > 0)
                        {
                            step.Emotion(random.Next(min, max + 1), random.Next(2) == 0 ? Text() : null);
                        }

                        if (personas > 0 && random.Next(2) == 0)
                        {
                            step.Emotion(random.Next(min, max + 1), persona: $"persona-{random.Next(personas)}");
                        }

                        step.Via($"touchpoint-{random.Next(touchpoints)}");
                        var evidenceId = random.Next(3) == 0 ? $"{stepId}-evidence" : null;
                        if (evidenceId is not null)
                        {
                            step.Evidence(Text(), e =>
                            {
                                e.Id(evidenceId).Kind(Pick(Enum.GetValues<EvidenceKind>()));
                                if (random.Next(2) == 0)
                                {
                                    e.Source(Text()).CollectedOn(Date(random)).Link($"https://research.example/{stepId}/{random.Next(1000)}");
                                }

                                Properties((k, v) => e.Property(k, v));
                            });
                        }

                        if (random.Next(2) == 0)
                        {
                            var painId = $"pain-{painPoints++}";
                            step.PainPoint(Text(), painPoint =>
                            {
                                painPoint.Id(painId).Severity(Pick(Enum.GetValues<PainSeverity>()));
                                if (evidenceId is not null && random.Next(3) > 0)
                                {
                                    painPoint.Cites(evidenceId);
                                }

                                Properties((k, v) => painPoint.Property(k, v));
                            });
                            step.Opportunity(Text(), o =>
                            {
                                o.Id($"opportunity-{painId}")
                                    .Addresses(painId)
                                    .Impact(Pick(Enum.GetValues<Level>()))
                                    .Effort(Pick(Enum.GetValues<Level>()))
                                    .Status(Pick(Enum.GetValues<OpportunityStatus>()))
                                    .Description(Text());
                                Properties((k, v) => o.Property(k, v));
                                if (random.Next(2) == 0)
                                {
                                    o.OwnedBy("owner");
                                }
                            });
                        }

                        if (random.Next(3) == 0)
                        {
                            step.Metric(Text(), m => m.Id($"metric-{metrics++}").Kind(Pick(Enum.GetValues<MetricKind>())).Actual(Number()).Direction(Pick(Enum.GetValues<MetricDirection>())));
                        }

                        if (random.Next(3) == 0)
                        {
                            step.OwnedBy("owner").Duration(TimeSpan.FromTicks(random.NextInt64(0, TimeSpan.TicksPerDay * 3))).Milestone(random.Next(2) == 0);
                            step.BackStage(Text(), item =>
                            {
                                item.Id($"{stepId}-system").Kind(Pick(Enum.GetValues<BackStageKind>()));
                                if (random.Next(2) == 0)
                                {
                                    item.Description(Text());
                                }

                                Properties((k, v) => item.Property(k, v));
                            });
                        }
                    });
                }
            });
        }

        for (var t = 0; steps > 1 && t < random.Next(0, 4); t++)
        {
            var from = $"step-{random.Next(steps)}";
            var to = $"step-{random.Next(steps)}";
            var share = random.Next(2) == 0 ? random.Next(0, 101) / 100m : (decimal?)null;
            _ = random.Next(4) switch
            {
                0 => builder.Branch(from, to, Text(), share, $"transition-{t}"),
                1 => builder.Loop(from, to, null, share, $"transition-{t}"),
                2 => builder.Exit(from, Text(), share, $"transition-{t}"),
                _ => builder.Branch(from, to, transition =>
                {
                    transition.Id($"transition-{t}").Label(Text()).Property("event", Text());
                    if (share is { } fraction)
                    {
                        transition.Share(fraction);
                    }
                }),
            };
        }

        return builder.Build();
    }

    private static DateOnly Date(Random random) => DateOnly.FromDayNumber(random.Next(700_000, 800_000));
}
