using System.Globalization;
using System.Runtime.InteropServices;
using JourneyKit.Building;
using JourneyKit.Internal;
using JourneyKit.Model.Shapes;

namespace JourneyKit;

/// <summary>
/// The structural rules every map obeys, checked on a finished map: ids well formed and unique within their kind,
/// references that resolve, emotions on the scale and at most one per persona, no reference listed twice, shares
/// between 0 and 1, exits without a target and branches and loops with one, a review cadence above zero, no negative
/// duration, and text that <see cref="TextPolicy"/> accepts. The JSON reader, <c>Apply</c> and <c>Merge</c> end with this check, so none of
/// them can yield a map another would refuse. The builder checks the same rules as it builds, in its own words and at
/// no extra cost (this check would add half again to <c>Build()</c>); MapIntegrityTests check that <c>Build()</c> and
/// this check accept and refuse the same maps, so the two cannot drift apart.
/// </summary>
/// <remarks>One pass over the map with one set per kind of id: linear in the size of the map. Paths are made only for problems.</remarks>
internal static class MapIntegrity
{
    /// <summary>Lists every structural problem of a map; empty when the map is sound.</summary>
    public static List<BuildProblem> Check(JourneyMap map)
    {
        var check = new Checker(map);
        check.Run();
        return check.Problems;
    }

    /// <summary>A reference property of an element, kept as its parts until a problem needs its path.</summary>
    private readonly record struct ReferenceSite(ElementShape Shape, object Element, Place Parent, string Property)
    {
        public JourneyPath Path() =>
            (Element is Stage or Step ? Parent.Inside(Element).Path() : Parent.Path().KnownElement(Shape.Collection, Shape.IdOf(Element))).Property(Property);
    }

    /// <summary>Where an element sits, kept as the stage and step that hold it until a problem needs the path.</summary>
    private readonly record struct Place(Stage? Stage, Step? Step)
    {
        /// <summary>Returns the place of the children of <paramref name="element"/>, which sits here.</summary>
        public Place Inside(object element) => element switch
        {
            Stage stage => new(stage, null),
            Step step => this with { Step = step },
            _ => this,
        };

        public JourneyPath Path()
        {
            var path = JourneyPath.Root;
            if (Stage is not null)
            {
                path = path.KnownElement("stages", Stage.Id);
            }

            return Step is null ? path : path.KnownElement("steps", Step.Id);
        }
    }

    private sealed class Checker(JourneyMap map)
    {
        private readonly HashSet<string>[] _ids = Sets(map);
        private readonly List<string> _references = [];

        public List<BuildProblem> Problems { get; } = [];

        /// <summary>Makes one set of ids per kind, each sized once from a count of the map's elements.</summary>
        private static HashSet<string>[] Sets(JourneyMap map)
        {
            var counts = new int[Enum.GetValues<ElementKind>().Length];
            counts[(int)ElementKind.Persona] = map.Personas.Count;
            counts[(int)ElementKind.Channel] = map.Channels.Count;
            counts[(int)ElementKind.Owner] = map.Owners.Count;
            counts[(int)ElementKind.Touchpoint] = map.Touchpoints.Count;
            counts[(int)ElementKind.Transition] = map.Transitions.Count;
            counts[(int)ElementKind.Stage] = map.Stages.Count;
            foreach (var stage in map.Stages)
            {
                counts[(int)ElementKind.Metric] += stage.Metrics.Count;
                counts[(int)ElementKind.Step] += stage.Steps.Count;
                foreach (var step in stage.Steps)
                {
                    counts[(int)ElementKind.PainPoint] += step.PainPoints.Count;
                    counts[(int)ElementKind.Opportunity] += step.Opportunities.Count;
                    counts[(int)ElementKind.Metric] += step.Metrics.Count;
                    counts[(int)ElementKind.BackStageItem] += step.BackStage.Count;
                    counts[(int)ElementKind.Evidence] += step.Evidence.Count;
                }
            }

            return [.. counts.Select(count => new HashSet<string>(count, StringComparer.Ordinal))];
        }

        public void Run()
        {
            if (!ElementIds.IsValid(map.Id))
            {
                Problem(JourneyPath.Root.Property("id"), $"The map's id {ElementIds.InvalidMessage(map.Id, map.Id)}");
            }

            DeclareChildren(Shapes.Map, map, new Place(null, null));
            References(Shapes.Map, map, new Place(null, null));
            Values();
            var text = new TextCheck(Problems);
            TextWalker.WalkOutsideStages(map, text);
            foreach (var stage in map.Stages)
            {
                TextWalker.WalkStage(map, stage, text);
                foreach (var step in stage.Steps)
                {
                    TextWalker.WalkStep(map, stage, step, text);
                }
            }
        }

        /// <summary>Declares the ids of every element under <paramref name="element"/>, kind by kind as the shapes list them.</summary>
        private void DeclareChildren(ElementShape shape, object element, Place place)
        {
            for (var slot = 0; slot < shape.ChildKinds.Length; slot++)
            {
                var childShape = Shapes.Of(shape.ChildKinds[slot]);
                var children = shape.ChildrenOf(element, slot);
                Declare(children, childShape, place);
                if (childShape.ChildKinds.Length > 0)
                {
                    foreach (var child in children)
                    {
                        DeclareChildren(childShape, child, place.Inside(child));
                    }
                }
            }
        }

        private void Declare(object[] elements, ElementShape shape, Place parent)
        {
            var (kind, collection) = (shape.Kind, shape.Collection);
            var ids = _ids[(int)kind];
            foreach (var element in elements)
            {
                var id = shape.IdOf(element);
                if (!ElementIds.IsValid(id))
                {
                    Problem(parent.Path().Property(collection), $"The {ElementKinds.ReadableWord(kind)} id {ElementIds.InvalidMessage(id, id)}");
                }
                else if (!ids.Add(id))
                {
                    Problem(parent.Path().KnownElement(collection, id), $"The id '{id}' is used by two {ElementKinds.ReadableWord(kind)}s; ids must be unique among all {ElementKinds.ReadableWord(kind)}s of the map.");
                }
            }
        }

        /// <summary>Checks every reference the shapes describe: each resolves, and a listed one is listed once.</summary>
        private void References(ElementShape shape, object element, Place parent)
        {
            var place = parent.Inside(element);
            foreach (var p in shape.ReferenceProperties)
            {
                var target = shape.Target(p)!.Value;
                var codec = shape.Codec(p);
                if (codec is EmotionsCodec)
                {
                    Emotions((Step)element, place);
                    continue;
                }

                var site = new ReferenceSite(shape, element, parent, shape.PropertyName(p));
                _references.Clear();
                shape.CollectReferences(element, p, _references);
                if (codec is TextListCodec)
                {
                    ListedReferences(CollectionsMarshal.AsSpan(_references), target, site);
                }
                else if (_references.Count > 0 && !Resolves(_references[0], target))
                {
                    Missing(_references[0], target, site.Path());
                }
            }

            for (var slot = 0; slot < shape.ChildKinds.Length; slot++)
            {
                var childShape = Shapes.Of(shape.ChildKinds[slot]);
                if (childShape.ReferenceProperties.Length == 0 && childShape.ChildKinds.Length == 0)
                {
                    continue;
                }

                foreach (var child in shape.ChildrenOf(element, slot))
                {
                    References(childShape, child, place);
                }
            }
        }

        /// <summary>Checks the values the readers and the builder's methods bound: shares, transitions' ends, durations, the review cadence.</summary>
        private void Values()
        {
            if (map.ReviewCadence is { } cadence && cadence <= TimeSpan.Zero)
            {
                Problem(JourneyPath.Root.Property("reviewCadence"), "A review cadence must be longer than zero.");
            }

            if (map.Language is { } language && !LanguageTags.IsWellFormed(language))
            {
                Problem(JourneyPath.Root.Property("language"), $"'{LanguageTags.Quote(language)}' is not a language tag.");
            }

            foreach (var transition in map.Transitions)
            {
                var path = JourneyPath.Root.KnownElement("transitions", transition.Id);
                if (transition.Share is < 0m or > 1m)
                {
                    Problem(path.Property("share"), string.Create(CultureInfo.InvariantCulture, $"The share {transition.Share} is not a fraction between 0 and 1."));
                }

                if ((transition.Kind == TransitionKind.Exit) != (transition.ToStepId is null))
                {
                    Problem(path.Property("to"), transition.Kind == TransitionKind.Exit
                        ? "An exit leads out of the journey and has no 'to'; remove it, or make the transition a branch."
                        : "A branch or loop needs 'to', the step customers go to.");
                }
            }

            foreach (var stage in map.Stages)
            {
                foreach (var step in stage.Steps)
                {
                    if (step.Duration < TimeSpan.Zero)
                    {
                        Problem(new Place(stage, step).Path().Property("duration"), "A duration must not be negative.");
                    }
                }
            }
        }

        private void Emotions(Step step, Place place)
        {
            var forEveryone = 0;
            HashSet<string>? personas = null;
            foreach (var emotion in step.Emotions)
            {
                JourneyPath Path() => emotion.PersonaId is null ? place.Path().Property("emotion") : place.Path().KnownElement("emotions", emotion.PersonaId);
                if (!map.EmotionScale.Contains(emotion.Score))
                {
                    Problem(Path(), string.Create(CultureInfo.InvariantCulture, $"The emotion score {emotion.Score} is outside the map's scale {map.EmotionScale}; use a score on the scale or widen the scale."));
                }

                if (emotion.PersonaId is null)
                {
                    if (++forEveryone > 1)
                    {
                        Problem(Path(), $"Step '{step.Id}' has two emotions for every persona; keep one.");
                    }
                }
                else if (!Resolves(emotion.PersonaId, ElementKind.Persona))
                {
                    Missing(emotion.PersonaId, ElementKind.Persona, Path());
                }
                else if (!(personas ??= new(StringComparer.Ordinal)).Add(emotion.PersonaId))
                {
                    Problem(Path(), $"Step '{step.Id}' has two emotions for persona '{emotion.PersonaId}'; keep one.");
                }
            }
        }

        private void ListedReferences(ReadOnlySpan<string> ids, ElementKind kind, in ReferenceSite site)
        {
            // A short list is checked for repeats in place; a long one through a set, so neither costs more than linear time.
            HashSet<string>? listed = ids.Length > 8 ? new(ids.Length, StringComparer.Ordinal) : null;
            for (var i = 0; i < ids.Length; i++)
            {
                var id = ids[i];
                if (!Resolves(id, kind))
                {
                    Missing(id, kind, site.Path());
                }
                else if (listed is null ? ids[..i].Contains(id) : !listed.Add(id))
                {
                    Problem(site.Path(), $"The {ElementKinds.ReadableWord(kind)} '{id}' is listed twice; list it once.");
                }
            }
        }

        private bool Resolves(string? id, ElementKind kind) => id is null || _ids[(int)kind].Contains(id);

        private void Missing(string id, ElementKind kind, JourneyPath path) =>
            Problem(path, $"The {ElementKinds.ReadableWord(kind)} '{id}' is not in the map; add it or fix the reference.");

        private void Problem(JourneyPath path, string message) => Problems.Add(new BuildProblem(path, message));
    }

    /// <summary>Checks every text of the map against <see cref="TextPolicy"/>.</summary>
    private sealed class TextCheck(List<BuildProblem> problems) : ITextVisitor
    {
        public void Visit(string text, TextField field, in TextSite site)
        {
            if (TextPolicy.Problem(text, site.IsElementName, mayBeBlank: site.IsFreeForm) is { } problem)
            {
                problems.Add(new BuildProblem(site.Location().Path, problem));
            }
        }
    }
}
