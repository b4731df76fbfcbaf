using System.Globalization;
using JourneyKit.Building;
using JourneyKit.Validation.Rules;

namespace JourneyKit;

/// <summary>
/// The structural rules every map obeys, checked on a finished map: ids well formed and unique within their kind,
/// references that resolve, emotions on the scale and at most one per persona, no reference listed twice, and text
/// that <see cref="TextPolicy"/> accepts. The builder and the readers report these problems early, in their own words;
/// they, <c>Apply</c> and <c>Merge</c> all end with this check, so none of them can yield a map another would refuse.
/// </summary>
/// <remarks>One pass over the map with one set per kind of id: linear in the size of the map.</remarks>
internal static class MapIntegrity
{
    /// <summary>Lists every structural problem of a map; empty when the map is sound.</summary>
    public static List<BuildProblem> Check(JourneyMap map)
    {
        var check = new Checker(map);
        check.Run();
        return check.Problems;
    }

    private sealed class Checker(JourneyMap map)
    {
        private readonly Dictionary<string, HashSet<string>> _ids = new(StringComparer.Ordinal);

        public List<BuildProblem> Problems { get; } = [];

        public void Run()
        {
            Id(map.Id, "map", JourneyPath.Root);
            var root = JourneyPath.Root;
            Declare(map.Personas, p => p.Id, "persona", "personas", root);
            Declare(map.Channels, c => c.Id, "channel", "channels", root);
            Declare(map.Owners, o => o.Id, "owner", "owners", root);
            Declare(map.Touchpoints, t => t.Id, "touchpoint", "touchpoints", root);
            Declare(map.Transitions, t => t.Id, "transition", "transitions", root);
            Declare(map.Stages, s => s.Id, "stage", "stages", root);
            foreach (var stage in map.Stages)
            {
                var stagePath = root.KnownElement("stages", stage.Id);
                Declare(stage.Metrics, m => m.Id, "metric", "metrics", stagePath);
                Declare(stage.Steps, s => s.Id, "step", "steps", stagePath);
                foreach (var step in stage.Steps)
                {
                    var stepPath = stagePath.KnownElement("steps", step.Id);
                    Declare(step.PainPoints, p => p.Id, "pain point", "painPoints", stepPath);
                    Declare(step.Opportunities, o => o.Id, "opportunity", "opportunities", stepPath);
                    Declare(step.Metrics, m => m.Id, "metric", "metrics", stepPath);
                    Declare(step.BackStage, b => b.Id, "back-stage item", "backStage", stepPath);
                }
            }

            References(root);
            TextWalker.WalkOutsideStages(map, new TextCheck(Problems));
            foreach (var stage in map.Stages)
            {
                TextWalker.WalkStage(map, stage, new TextCheck(Problems));
                foreach (var step in stage.Steps)
                {
                    TextWalker.WalkStep(map, stage, step, new TextCheck(Problems));
                }
            }
        }

        private void Declare<T>(ValueList<T> elements, Func<T, string> idOf, string kind, string collection, JourneyPath parent)
        {
            if (!_ids.TryGetValue(kind, out var ids))
            {
                _ids.Add(kind, ids = new(StringComparer.Ordinal));
            }

            foreach (var element in elements)
            {
                var id = idOf(element);
                if (Id(id, kind, parent) && !ids.Add(id))
                {
                    Problem(parent.KnownElement(collection, id), $"The id '{id}' is used by two {kind}s; ids must be unique among all {kind}s of the map.");
                }
            }
        }

        private bool Id(string id, string kind, JourneyPath parent)
        {
            if (ElementIds.IsValid(id))
            {
                return true;
            }

            Problem(parent, $"The {kind} id {ElementIds.InvalidMessage(id, id)}");
            return false;
        }

        private void References(JourneyPath root)
        {
            foreach (var touchpoint in map.Touchpoints)
            {
                Reference(touchpoint.ChannelId, "channel", root.KnownElement("touchpoints", touchpoint.Id).Property("channel"));
            }

            foreach (var transition in map.Transitions)
            {
                var path = root.KnownElement("transitions", transition.Id);
                Reference(transition.FromStepId, "step", path.Property("from"));
                Reference(transition.ToStepId, "step", path.Property("to"));
            }

            foreach (var stage in map.Stages)
            {
                var stagePath = root.KnownElement("stages", stage.Id);
                Reference(stage.OwnerId, "owner", stagePath.Property("owner"));
                foreach (var step in stage.Steps)
                {
                    var stepPath = stagePath.KnownElement("steps", step.Id);
                    Reference(step.OwnerId, "owner", stepPath.Property("owner"));
                    References(step.TouchpointIds, "touchpoint", stepPath.Property("touchpoints"));
                    Emotions(step, stepPath);
                    foreach (var opportunity in step.Opportunities)
                    {
                        var path = stepPath.KnownElement("opportunities", opportunity.Id);
                        Reference(opportunity.OwnerId, "owner", path.Property("owner"));
                        References(opportunity.AddressedPainPointIds, "pain point", path.Property("addresses"));
                    }
                }
            }
        }

        private void Emotions(Step step, JourneyPath stepPath)
        {
            var forEveryone = 0;
            HashSet<string>? personas = null;
            foreach (var emotion in step.Emotions)
            {
                var path = emotion.PersonaId is null ? stepPath.Property("emotion") : stepPath.KnownElement("emotions", emotion.PersonaId);
                if (!map.EmotionScale.Contains(emotion.Score))
                {
                    Problem(path, string.Create(CultureInfo.InvariantCulture, $"The emotion score {emotion.Score} is outside the map's scale {map.EmotionScale}; use a score on the scale or widen the scale."));
                }

                if (emotion.PersonaId is null ? ++forEveryone > 1 : Reference(emotion.PersonaId, "persona", path) && !(personas ??= new(StringComparer.Ordinal)).Add(emotion.PersonaId))
                {
                    Problem(path, emotion.PersonaId is null
                        ? $"Step '{step.Id}' has two emotions for every persona; keep one."
                        : $"Step '{step.Id}' has two emotions for persona '{emotion.PersonaId}'; keep one.");
                }
            }
        }

        private void References(ValueList<string> ids, string kind, JourneyPath path)
        {
            HashSet<string>? listed = ids.Count > 1 ? new(StringComparer.Ordinal) : null;
            foreach (var id in ids)
            {
                if (Reference(id, kind, path) && listed is not null && !listed.Add(id))
                {
                    Problem(path, $"The {kind} '{id}' is listed twice; list it once.");
                }
            }
        }

        private bool Reference(string? id, string kind, JourneyPath path)
        {
            if (id is null || (_ids.TryGetValue(kind, out var ids) && ids.Contains(id)))
            {
                return true;
            }

            Problem(path, $"The {kind} '{id}' is not in the map; add it or fix the reference.");
            return false;
        }

        private void Problem(JourneyPath path, string message) => Problems.Add(new BuildProblem(path, message));
    }

    /// <summary>Checks every text of the map against <see cref="TextPolicy"/>.</summary>
    private readonly struct TextCheck(List<BuildProblem> problems) : ITextVisitor
    {
        public void Visit(string text, TextField field, in TextSite site)
        {
            if ((text.Length > 0 || !site.IsProperty) && TextPolicy.Problem(text, site.IsElementName) is { } problem)
            {
                problems.Add(new BuildProblem(site.Location().Path, problem));
            }
        }
    }
}
