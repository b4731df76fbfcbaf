namespace JourneyKit.Building;

/// <summary>The state of one call to <see cref="JourneyMapBuilder.Build"/>: id allocators, lookups and the problems found.</summary>
internal sealed class BuildContext(JourneyMapBuilder map)
{
    private List<BuildProblem>? _problems;
    private Lookup<PersonaBuilder>? _personas;
    private Lookup<StepBuilder>? _steps;
    private Lookup<string>? _painPoints;
    private Lookup<string>? _evidence;

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

    public IdAllocator Evidence { get; } = new("evidence", "evidence");

    public ResolvedCatalog<ChannelBuilder> ChannelCatalog { get; set; } = null!;

    public ResolvedCatalog<OwnerBuilder> OwnerCatalog { get; set; } = null!;

    public ResolvedCatalog<TouchpointBuilder> TouchpointCatalog { get; set; } = null!;

    public bool HasProblems => _problems is not null;

    public void Problem(JourneyPath path, string message) => (_problems ??= []).Add(new BuildProblem(path, message));

    /// <summary>Reports a clash of explicit ids and a name with nothing visible in it, at the element's path.</summary>
    public void CheckElement(in IdSlot slot, IdAllocator ids, string name, string what, Location parent, string collection)
    {
        var visible = TextPolicy.IsVisible(name);
        if (visible && !slot.HasClash)
        {
            return;
        }

        var path = parent.Path(collection, slot.Assigned);
        slot.Report(this, path, ids);
        if (!visible)
        {
            Problem(path, TextPolicy.NoVisibleCharacter(what));
        }
    }

    public void CheckName(string name, JourneyPath path, string what)
    {
        if (!TextPolicy.IsVisible(name))
        {
            Problem(path, TextPolicy.NoVisibleCharacter(what));
        }
    }

    public string ResolveChannel(string reference) => ChannelCatalog.Resolve(reference);

    public string ResolveOwner(string reference) => OwnerCatalog.Resolve(reference);

    public string ResolveTouchpoint(string reference) => TouchpointCatalog.Resolve(reference);

    public void AddPersona(PersonaBuilder persona) => (_personas ??= new()).Add(persona.Slot.Assigned, persona.NameText, persona);

    public string? FindPersona(string reference, JourneyPath path) =>
        Find(_personas ??= new(), reference, path, "persona", "The emotion is felt by", p => p.Slot.Assigned)?.Slot.Assigned;

    public string? FindStep(string reference, JourneyPath path, string verb) =>
        Find(StepLookup(), reference, path, "step", $"The transition {verb}", s => s.Slot.Assigned)?.Slot.Assigned;

    public string? TryFindStep(string reference) => StepLookup().Find(reference, out _)?.Slot.Assigned;

    public string? FindPainPoint(string reference, Location parent, string opportunityId)
    {
        var lookup = PainPointLookup();
        return lookup.Find(reference, out _)
            ?? Find(lookup, reference, parent.Path("opportunities", opportunityId), "pain point", "The opportunity addresses", id => id);
    }

    public string? FindEvidence(string reference, Location step, string painPointId)
    {
        var lookup = EvidenceLookup();
        return lookup.Find(reference, out _)
            ?? Find(lookup, reference, step.Path("painPoints", painPointId).Property("evidence"), "evidence", "The pain point cites", id => id);
    }

    private Lookup<string> EvidenceLookup() => _evidence ??= StepChildLookup(Evidence, static (step, lookup) =>
    {
        foreach (var evidence in step.EvidenceBuilders)
        {
            lookup.Add(evidence.Slot.Assigned, evidence.Wording, evidence.Slot.Assigned);
        }
    });

    private Lookup<StepBuilder> StepLookup()
    {
        if (_steps is null)
        {
            _steps = new(Steps.Count);
            foreach (var stage in Map.StageBuilders)
            {
                foreach (var step in stage.StepBuilders)
                {
                    _steps.Add(step.Slot.Assigned, step.NameText, step);
                }
            }
        }

        return _steps;
    }

    private Lookup<string> PainPointLookup() => _painPoints ??= StepChildLookup(PainPoints, static (step, lookup) =>
    {
        foreach (var painPoint in step.PainPointSpecs)
        {
            lookup.Add(painPoint.Slot.Assigned, painPoint.Description, painPoint.Slot.Assigned);
        }
    });

    /// <summary>Indexes one kind of step child of the whole map by id and name, each child adding itself.</summary>
    private Lookup<string> StepChildLookup(IdAllocator ids, Action<StepBuilder, Lookup<string>> addChildren)
    {
        var lookup = new Lookup<string>(ids.Count);
        foreach (var stage in Map.StageBuilders)
        {
            foreach (var step in stage.StepBuilders)
            {
                addChildren(step, lookup);
            }
        }

        return lookup;
    }

    private T? Find<T>(Lookup<T> lookup, string reference, JourneyPath path, string kind, string subject, Func<T, string> id)
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

    public JourneyMapBuildException Failure() => new(Map.TitleText, new ValueList<BuildProblem>([.. _problems ?? []]));
}
