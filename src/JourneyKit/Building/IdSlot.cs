namespace JourneyKit.Building;

/// <summary>The id of one element being built: the explicit id the user gave, the id the build settled on, and any clash.</summary>
internal struct IdSlot
{
    private string? _clashesWith;

    public string? Explicit { get; set; }

    public string Assigned { get; private set; }

    public readonly bool HasClash => _clashesWith is not null;

    public void Reserve(IdAllocator ids, string kind, string name)
    {
        if (Explicit is null)
        {
            _clashesWith = null;
            ids.Expect();
        }
        else
        {
            _clashesWith = ids.Reserve(Explicit, $"{kind} '{name}'");
        }
    }

    public string Assign(IdAllocator ids, string name) => Assigned = Explicit ?? ids.Derive(name);

    public readonly void Report(BuildContext context, JourneyPath path, IdAllocator ids)
    {
        if (_clashesWith is not null)
        {
            context.Problem(path, $"The id '{Explicit}' is already used by {_clashesWith}; ids must be unique among all {ids.Label}s of the map. Give one of them another id.");
        }
    }
}
