using System.Globalization;
using System.Text;

namespace JourneyKit.Samples;

/// <summary>Writes a readable, plain-text summary of a journey map.</summary>
public static class MapSummary
{
    public static string Describe(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"# {map.Title}  [{map.Id}]");
        text.AppendLine(inv, $"  {map.Kind} journey, {map.Audience}, emotion scale {map.EmotionScale}");
        if (map.Revision is { } revision)
        {
            text.AppendLine(inv, $"  {revision}{(revision.Note is null ? "" : $": {revision.Note}")}");
        }

        foreach (var persona in map.Personas)
        {
            text.AppendLine(inv, $"  Persona: {persona.Name}{(persona.Segment is null ? "" : $" ({persona.Segment})")}");
        }

        foreach (var stage in map.Stages)
        {
            var owner = stage.OwnerId is null ? "no owner" : $"owned by {map.FindOwner(stage.OwnerId)!.Name}";
            text.AppendLine(inv, $"  {stage.Icon ?? "•"} {stage.Name}: {stage.Goal ?? "(no goal)"} ({owner})");
            foreach (var metric in stage.Metrics)
            {
                var status = metric.MeetsTarget switch { true => "on target", false => "below target", null => "no data" };
                text.AppendLine(inv, $"      metric {metric.Name}: {metric.Actual?.ToString(inv) ?? "?"}{metric.Unit} (target {metric.Target?.ToString(inv) ?? "?"}{metric.Unit}, {status})");
            }

            foreach (var step in stage.Steps)
            {
                var feeling = string.Join("; ", step.Emotions.Select(e => e.ToString()));
                text.AppendLine(inv, $"    - {step.Name}{(step.IsMilestone ? " ★" : "")}  [{(feeling.Length == 0 ? "no emotion" : feeling)}]");
                if (!step.TouchpointIds.IsEmpty)
                {
                    text.AppendLine(inv, $"        touchpoints: {string.Join(", ", step.TouchpointIds.Select(id => map.FindTouchpoint(id)!.Name))}");
                }

                foreach (var pain in step.PainPoints)
                {
                    text.AppendLine(inv, $"        pain ({pain.Severity}): {pain.Description}");
                }

                foreach (var opportunity in step.Opportunities)
                {
                    text.AppendLine(inv, $"        opportunity ({opportunity.Impact} impact, {opportunity.Effort} effort): {opportunity.Title}");
                }
            }
        }

        foreach (var transition in map.Transitions)
        {
            var from = map.FindStep(transition.FromStepId)!.Name;
            var share = transition.Share is { } s ? $" ({s.ToString("P0", inv)})" : "";
            var line = transition.ToStepId is { } to
                ? $"  {transition.Kind}: {from} -> {map.FindStep(to)!.Name}{share}: {transition.Label}"
                : $"  Exit at {from}{share}: {transition.Label}";
            text.AppendLine(line);
        }

        var steps = map.Steps.ToList();
        text.AppendLine(inv, $"  Totals: {map.Stages.Count} stages, {steps.Count} steps, {map.Touchpoints.Count} touchpoints, {steps.Sum(s => s.PainPoints.Count)} pain points, {steps.Sum(s => s.Opportunities.Count)} opportunities");
        return text.ToString();
    }
}
