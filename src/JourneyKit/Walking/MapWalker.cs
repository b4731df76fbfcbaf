namespace JourneyKit.Walking;

/// <summary>
/// Walks a map once, in document order, handing each element to one or more <see cref="MapVisitor"/>s. Validation
/// walks a map this way for every rule that visits it, so that on large maps each stage and step is read once.
/// </summary>
/// <example>
/// <code>
/// sealed class PainCounter : MapVisitor
/// {
///     public int Count { get; private set; }
///     public override bool Visits(ElementKind kind) => kind == ElementKind.PainPoint;
///     public override void VisitPainPoint(PainPoint painPoint, in MapPlace place) => Count++;
/// }
///
/// var counter = new PainCounter();
/// MapWalker.Walk(map, counter);
/// </code>
/// </example>
public static class MapWalker
{
    private static readonly ElementKind[] Kinds = Enum.GetValues<ElementKind>();

    /// <summary>Walks <paramref name="map"/> for one visitor.</summary>
    /// <param name="map">The map.</param>
    /// <param name="visitor">The visitor.</param>
    public static void Walk(JourneyMap map, MapVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        Walk(map, [visitor]);
    }

    /// <summary>Walks <paramref name="map"/> once for several visitors; each element goes to the visitors in the order given.</summary>
    /// <param name="map">The map.</param>
    /// <param name="visitors">The visitors.</param>
    public static void Walk(JourneyMap map, params ReadOnlySpan<MapVisitor> visitors)
    {
        ArgumentNullException.ThrowIfNull(map);
        foreach (var visitor in visitors)
        {
            ArgumentNullException.ThrowIfNull(visitor, nameof(visitors));
        }

        var all = visitors.ToArray();
        var byKind = new MapVisitor[Kinds.Length][];
        foreach (var kind in Kinds)
        {
            var wanting = Array.FindAll(all, v => v.Visits(kind));
            byKind[(int)kind] = wanting.Length == 0 ? [] : wanting;
        }

        foreach (var visitor in all)
        {
            visitor.VisitMap(map);
        }

        new Pass(map, byKind).Run();
        foreach (var visitor in all)
        {
            visitor.EndMap(map);
        }
    }

    /// <summary>One walk over one map; visits of a kind no visitor wants are skipped whole.</summary>
    private readonly struct Pass(JourneyMap map, MapVisitor[][] byKind)
    {
        private MapVisitor[] Of(ElementKind kind) => byKind[(int)kind];

        public void Run()
        {
            if (Of(ElementKind.Persona).Length > 0)
            {
                foreach (var persona in map.Personas)
                {
                    var place = new MapPlace(map, null, null, ElementKind.Persona, persona);
                    foreach (var visitor in Of(ElementKind.Persona))
                    {
                        visitor.VisitPersona(persona, place);
                    }
                }
            }

            if (Of(ElementKind.Channel).Length > 0)
            {
                foreach (var channel in map.Channels)
                {
                    var place = new MapPlace(map, null, null, ElementKind.Channel, channel);
                    foreach (var visitor in Of(ElementKind.Channel))
                    {
                        visitor.VisitChannel(channel, place);
                    }
                }
            }

            if (Of(ElementKind.Owner).Length > 0)
            {
                foreach (var owner in map.Owners)
                {
                    var place = new MapPlace(map, null, null, ElementKind.Owner, owner);
                    foreach (var visitor in Of(ElementKind.Owner))
                    {
                        visitor.VisitOwner(owner, place);
                    }
                }
            }

            if (Of(ElementKind.Touchpoint).Length > 0)
            {
                foreach (var touchpoint in map.Touchpoints)
                {
                    var place = new MapPlace(map, null, null, ElementKind.Touchpoint, touchpoint);
                    foreach (var visitor in Of(ElementKind.Touchpoint))
                    {
                        visitor.VisitTouchpoint(touchpoint, place);
                    }
                }
            }

            if (Wants(ElementKind.Stage, ElementKind.Step, ElementKind.Metric, ElementKind.PainPoint, ElementKind.Opportunity, ElementKind.BackStageItem, ElementKind.Evidence))
            {
                foreach (var stage in map.Stages)
                {
                    Stage(stage);
                }
            }

            if (Of(ElementKind.Transition).Length > 0)
            {
                foreach (var transition in map.Transitions)
                {
                    var place = new MapPlace(map, null, null, ElementKind.Transition, transition);
                    foreach (var visitor in Of(ElementKind.Transition))
                    {
                        visitor.VisitTransition(transition, place);
                    }
                }
            }
        }

        private bool Wants(params ReadOnlySpan<ElementKind> kinds)
        {
            foreach (var kind in kinds)
            {
                if (Of(kind).Length > 0)
                {
                    return true;
                }
            }

            return false;
        }

        private void Stage(Stage stage)
        {
            var stagePlace = new MapPlace(map, stage, null, ElementKind.Stage, stage);
            foreach (var visitor in Of(ElementKind.Stage))
            {
                visitor.VisitStage(stage, stagePlace);
            }

            Metrics(stage.Metrics, stage, null);
            if (!Wants(ElementKind.Step, ElementKind.Metric, ElementKind.PainPoint, ElementKind.Opportunity, ElementKind.BackStageItem, ElementKind.Evidence))
            {
                return;
            }

            var leaves = Wants(ElementKind.Metric, ElementKind.PainPoint, ElementKind.Opportunity, ElementKind.BackStageItem, ElementKind.Evidence);
            foreach (var step in stage.Steps)
            {
                var stepPlace = new MapPlace(map, stage, step, ElementKind.Step, step);
                foreach (var visitor in Of(ElementKind.Step))
                {
                    visitor.VisitStep(step, stepPlace);
                }

                if (!leaves)
                {
                    continue;
                }

                foreach (var painPoint in step.PainPoints)
                {
                    var place = new MapPlace(map, stage, step, ElementKind.PainPoint, painPoint);
                    foreach (var visitor in Of(ElementKind.PainPoint))
                    {
                        visitor.VisitPainPoint(painPoint, place);
                    }
                }

                foreach (var opportunity in step.Opportunities)
                {
                    var place = new MapPlace(map, stage, step, ElementKind.Opportunity, opportunity);
                    foreach (var visitor in Of(ElementKind.Opportunity))
                    {
                        visitor.VisitOpportunity(opportunity, place);
                    }
                }

                Metrics(step.Metrics, stage, step);
                foreach (var item in step.BackStage)
                {
                    var place = new MapPlace(map, stage, step, ElementKind.BackStageItem, item);
                    foreach (var visitor in Of(ElementKind.BackStageItem))
                    {
                        visitor.VisitBackStageItem(item, place);
                    }
                }

                foreach (var evidence in step.Evidence)
                {
                    var place = new MapPlace(map, stage, step, ElementKind.Evidence, evidence);
                    foreach (var visitor in Of(ElementKind.Evidence))
                    {
                        visitor.VisitEvidence(evidence, place);
                    }
                }
            }
        }

        private void Metrics(ValueList<Metric> metrics, Stage stage, Step? step)
        {
            if (Of(ElementKind.Metric).Length == 0)
            {
                return;
            }

            foreach (var metric in metrics)
            {
                var place = new MapPlace(map, stage, step, ElementKind.Metric, metric);
                foreach (var visitor in Of(ElementKind.Metric))
                {
                    visitor.VisitMetric(metric, place);
                }
            }
        }
    }
}
