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
        var byKind = new MapVisitor[Enum.GetValues<ElementKind>().Length][];
        foreach (var kind in Enum.GetValues<ElementKind>())
        {
            byKind[(int)kind] = Array.FindAll(all, v => v.Visits(kind));
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
            foreach (var persona in map.Personas)
            {
                foreach (var visitor in Of(ElementKind.Persona))
                {
                    visitor.VisitPersona(persona, new MapPlace(map, null, null, ElementKind.Persona, persona));
                }
            }

            foreach (var channel in map.Channels)
            {
                foreach (var visitor in Of(ElementKind.Channel))
                {
                    visitor.VisitChannel(channel, new MapPlace(map, null, null, ElementKind.Channel, channel));
                }
            }

            foreach (var owner in map.Owners)
            {
                foreach (var visitor in Of(ElementKind.Owner))
                {
                    visitor.VisitOwner(owner, new MapPlace(map, null, null, ElementKind.Owner, owner));
                }
            }

            foreach (var touchpoint in map.Touchpoints)
            {
                foreach (var visitor in Of(ElementKind.Touchpoint))
                {
                    visitor.VisitTouchpoint(touchpoint, new MapPlace(map, null, null, ElementKind.Touchpoint, touchpoint));
                }
            }

            if (Wants(ElementKind.Stage, ElementKind.Step, ElementKind.Metric, ElementKind.PainPoint, ElementKind.Opportunity, ElementKind.BackStageItem))
            {
                foreach (var stage in map.Stages)
                {
                    Stage(stage);
                }
            }

            foreach (var transition in map.Transitions)
            {
                foreach (var visitor in Of(ElementKind.Transition))
                {
                    visitor.VisitTransition(transition, new MapPlace(map, null, null, ElementKind.Transition, transition));
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
            foreach (var visitor in Of(ElementKind.Stage))
            {
                visitor.VisitStage(stage, new MapPlace(map, stage, null, ElementKind.Stage, stage));
            }

            Metrics(stage.Metrics, stage, null);
            if (!Wants(ElementKind.Step, ElementKind.Metric, ElementKind.PainPoint, ElementKind.Opportunity, ElementKind.BackStageItem))
            {
                return;
            }

            foreach (var step in stage.Steps)
            {
                foreach (var visitor in Of(ElementKind.Step))
                {
                    visitor.VisitStep(step, new MapPlace(map, stage, step, ElementKind.Step, step));
                }

                foreach (var painPoint in step.PainPoints)
                {
                    foreach (var visitor in Of(ElementKind.PainPoint))
                    {
                        visitor.VisitPainPoint(painPoint, new MapPlace(map, stage, step, ElementKind.PainPoint, painPoint));
                    }
                }

                foreach (var opportunity in step.Opportunities)
                {
                    foreach (var visitor in Of(ElementKind.Opportunity))
                    {
                        visitor.VisitOpportunity(opportunity, new MapPlace(map, stage, step, ElementKind.Opportunity, opportunity));
                    }
                }

                Metrics(step.Metrics, stage, step);
                foreach (var item in step.BackStage)
                {
                    foreach (var visitor in Of(ElementKind.BackStageItem))
                    {
                        visitor.VisitBackStageItem(item, new MapPlace(map, stage, step, ElementKind.BackStageItem, item));
                    }
                }
            }
        }

        private void Metrics(ValueList<Metric> metrics, Stage stage, Step? step)
        {
            foreach (var metric in metrics)
            {
                foreach (var visitor in Of(ElementKind.Metric))
                {
                    visitor.VisitMetric(metric, new MapPlace(map, stage, step, ElementKind.Metric, metric));
                }
            }
        }
    }
}
