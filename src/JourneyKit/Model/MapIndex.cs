namespace JourneyKit;

/// <summary>
/// The elements of one map by id, made once on the first lookup, so that finding an element costs O(1) and an engine
/// that looks up every element stays linear. The first element with an id wins, as in document order.
/// </summary>
/// <remarks>Immutable once made, so safe to share between threads.</remarks>
internal sealed class MapIndex
{
    private readonly Dictionary<string, Stage> _stages;
    private readonly Dictionary<string, Step> _steps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Stage> _stageOfStep = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PainPoint> _painPoints = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Evidence> _evidence = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Persona> _personas;
    private readonly Dictionary<string, Touchpoint> _touchpoints;
    private readonly Dictionary<string, Channel> _channels;
    private readonly Dictionary<string, Owner> _owners;

    public MapIndex(JourneyMap map)
    {
        _stages = ById(map.Stages, s => s.Id);
        var steps = new Step[map.Stages.Sum(s => s.Steps.Count)];
        var next = 0;
        foreach (var stage in map.Stages)
        {
            foreach (var step in stage.Steps)
            {
                steps[next++] = step;
                if (_steps.TryAdd(step.Id, step))
                {
                    _stageOfStep.Add(step.Id, stage);
                }

                foreach (var painPoint in step.PainPoints)
                {
                    _painPoints.TryAdd(painPoint.Id, painPoint);
                }

                foreach (var evidence in step.Evidence)
                {
                    _evidence.TryAdd(evidence.Id, evidence);
                }
            }
        }

        Steps = new ValueList<Step>(steps);
        _personas = ById(map.Personas, p => p.Id);
        _touchpoints = ById(map.Touchpoints, t => t.Id);
        _channels = ById(map.Channels, c => c.Id);
        _owners = ById(map.Owners, o => o.Id);
    }

    /// <summary>Gets every step, in document order.</summary>
    public ValueList<Step> Steps { get; }

    public Stage? Stage(string id) => _stages.GetValueOrDefault(id);

    public Step? Step(string id) => _steps.GetValueOrDefault(id);

    public Stage? StageOf(string stepId) => _stageOfStep.GetValueOrDefault(stepId);

    public PainPoint? PainPoint(string id) => _painPoints.GetValueOrDefault(id);

    public Evidence? Evidence(string id) => _evidence.GetValueOrDefault(id);

    public Persona? Persona(string id) => _personas.GetValueOrDefault(id);

    public Touchpoint? Touchpoint(string id) => _touchpoints.GetValueOrDefault(id);

    public Channel? Channel(string id) => _channels.GetValueOrDefault(id);

    public Owner? Owner(string id) => _owners.GetValueOrDefault(id);

    private static Dictionary<string, T> ById<T>(ValueList<T> items, Func<T, string> id)
    {
        var byId = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            byId.TryAdd(id(item), item);
        }

        return byId;
    }
}
