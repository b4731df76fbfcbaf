namespace JourneyKit.Building;

/// <summary>The state of one call to <see cref="JourneyMapBuilder.Build"/>: id allocators, lookups and the problems found.</summary>
internal sealed class BuildContext(JourneyMapBuilder map)
{
    private readonly List<BuildProblem> _problems = [];

    public JourneyMapBuilder Map { get; } = map;

    public IdAllocator Personas { get; } = new("persona", "persona");

    public IdAllocator Channels { get; } = new("channel", "channel");

    public IdAllocator Owners { get; } = new("owner", "owner");

    public IdAllocator Touchpoints { get; } = new("touchpoint", "touchpoint");

    public IdAllocator Stages { get; } = new("stage", "stage");

    public IdAllocator Steps { get; } = new("step", "step");

    public IdAllocator PainPoints { get; } = new("pain-point", "pain point");

    public IdAllocator Opportunities { get; } = new("opportunity", "opportunity");

    public IdAllocator Metrics { get; } = new("metric", "metric");

    public IdAllocator BackStage { get; } = new("back-stage", "back-stage item");

    public IdAllocator Transitions { get; } = new("transition", "transition");

    public Lookup<PersonaBuilder> PersonaLookup { get; } = new();

    public Lookup<StepBuilder> StepLookup { get; } = new();

    public Lookup<PainPointSpec> PainPointLookup { get; } = new();

    public ResolvedCatalog<ChannelBuilder> ChannelCatalog { get; set; } = null!;

    public ResolvedCatalog<OwnerBuilder> OwnerCatalog { get; set; } = null!;

    public ResolvedCatalog<TouchpointBuilder> TouchpointCatalog { get; set; } = null!;

    public bool HasProblems => _problems.Count > 0;

    public string ResolveChannel(string reference) => ChannelCatalog.Resolve(reference);

    public string ResolveOwner(string reference) => OwnerCatalog.Resolve(reference);

    public string ResolveTouchpoint(string reference) => TouchpointCatalog.Resolve(reference);

    public string? FindPersona(string reference, JourneyPath path) =>
        Find(PersonaLookup, reference, path, "persona", "The emotion is felt by", p => p.Slot.Assigned, p => p.Name)?.Slot.Assigned;

    public string? FindStep(string reference, JourneyPath path, string verb) =>
        Find(StepLookup, reference, path, "step", $"The transition {verb}", s => s.Slot.Assigned, s => s.Name)?.Slot.Assigned;

    public string? FindPainPoint(string reference, JourneyPath path) =>
        Find(PainPointLookup, reference, path, "pain point", "The opportunity addresses", p => p.Slot.Assigned, p => p.Description)?.Slot.Assigned;

    private T? Find<T>(Lookup<T> lookup, string reference, JourneyPath path, string kind, string subject, Func<T, string> id, Func<T, string> name)
        where T : class
    {
        var found = lookup.Find(reference, out var ambiguous);
        if (found is not null)
        {
            return found;
        }

        if (ambiguous is not null)
        {
            Problem(path, $"{subject} {kind} '{reference}', but {ambiguous.Count} {kind}s have that name ({string.Join(", ", ambiguous.Select(a => $"'{id(a)}'"))}); refer to one by its id.");
        }
        else
        {
            Problem(path, $"{subject} {kind} '{reference}', but no {kind} has that id or name; {lookup.Known()}.");
        }

        return null;
    }

    public void Problem(JourneyPath path, string message) => _problems.Add(new BuildProblem(path, message));

    public void CheckName(string name, JourneyPath path, string what)
    {
        foreach (var c in name)
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
            {
                return;
            }
        }

        Problem(path, $"The {what} has no visible character; give it a name people can read.");
    }

    public JourneyMapBuildException Failure() => new(Map.TitleText, new ValueList<BuildProblem>([.. _problems]));
}
