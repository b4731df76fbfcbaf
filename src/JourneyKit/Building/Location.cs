namespace JourneyKit.Building;

/// <summary>Where an element's parent sits, turned into a <see cref="JourneyPath"/> only when a problem is reported.</summary>
internal readonly struct Location(string? stageId, string? stepId)
{
    public static Location Root => default;

    public static Location Stage(string stageId) => new(stageId, null);

    public Location Step(string stepId) => new(stageId, stepId);

    public JourneyPath Path()
    {
        var path = JourneyPath.Root;
        if (stageId is not null)
        {
            path = path.Element("stages", stageId);
        }

        if (stepId is not null)
        {
            path = path.Element("steps", stepId);
        }

        return path;
    }

    public JourneyPath Path(string collection, string id) => Path().Element(collection, id);
}
