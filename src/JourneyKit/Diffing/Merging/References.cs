namespace JourneyKit.Diffing.Merging;

/// <summary>Finds references in a map to elements it does not hold, as a merge can leave them.</summary>
internal static class References
{
    public static IEnumerable<(ElementRef Referrer, string Property, ElementRef Target)> Dangling(JourneyMap map)
    {
        var ids = new HashSet<ElementRef>();
        void Hold(ElementKind kind, IEnumerable<string> held) => ids.UnionWith(held.Select(id => new ElementRef(kind, id)));
        Hold(ElementKind.Persona, map.Personas.Select(p => p.Id));
        Hold(ElementKind.Touchpoint, map.Touchpoints.Select(t => t.Id));
        Hold(ElementKind.Channel, map.Channels.Select(c => c.Id));
        Hold(ElementKind.Owner, map.Owners.Select(o => o.Id));
        Hold(ElementKind.Step, map.Steps.Select(s => s.Id));
        Hold(ElementKind.PainPoint, map.Steps.SelectMany(s => s.PainPoints).Select(p => p.Id));

        var found = new List<(ElementRef, string, ElementRef)>();
        void Check(ElementKind kind, string id, string property, ElementKind targetKind, string? targetId)
        {
            if (targetId is not null && !ids.Contains(new(targetKind, targetId)))
            {
                found.Add((new(kind, id), property, new(targetKind, targetId)));
            }
        }

        foreach (var touchpoint in map.Touchpoints)
        {
            Check(ElementKind.Touchpoint, touchpoint.Id, "channel", ElementKind.Channel, touchpoint.ChannelId);
        }

        foreach (var transition in map.Transitions)
        {
            Check(ElementKind.Transition, transition.Id, "from", ElementKind.Step, transition.FromStepId);
            Check(ElementKind.Transition, transition.Id, "to", ElementKind.Step, transition.ToStepId);
        }

        foreach (var stage in map.Stages)
        {
            Check(ElementKind.Stage, stage.Id, "owner", ElementKind.Owner, stage.OwnerId);
            foreach (var step in stage.Steps)
            {
                Check(ElementKind.Step, step.Id, "owner", ElementKind.Owner, step.OwnerId);
                foreach (var touchpoint in step.TouchpointIds)
                {
                    Check(ElementKind.Step, step.Id, "touchpoints", ElementKind.Touchpoint, touchpoint);
                }

                foreach (var emotion in step.Emotions)
                {
                    Check(ElementKind.Step, step.Id, "emotions", ElementKind.Persona, emotion.PersonaId);
                }

                foreach (var opportunity in step.Opportunities)
                {
                    Check(ElementKind.Opportunity, opportunity.Id, "owner", ElementKind.Owner, opportunity.OwnerId);
                    foreach (var painPoint in opportunity.AddressedPainPointIds)
                    {
                        Check(ElementKind.Opportunity, opportunity.Id, "addresses", ElementKind.PainPoint, painPoint);
                    }
                }
            }
        }

        return found;
    }
}
