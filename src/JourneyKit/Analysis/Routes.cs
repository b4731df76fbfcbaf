namespace JourneyKit.Analysis;

/// <summary>How a route ends.</summary>
public enum RouteEnd
{
    /// <summary>The customer goes on from the last step: the journey is completed.</summary>
    Finished = 0,

    /// <summary>The customer leaves by an exit transition.</summary>
    Exited,

    /// <summary>The customer can go nowhere: every way on has a share of 0 or is a loop already taken the most times allowed.</summary>
    Stuck,
}

/// <summary>A run of steps a route goes through in timeline order, from <see cref="FirstStepId"/> to <see cref="LastStepId"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RouteLeg
{
    internal RouteLeg(string firstStepId, string lastStepId, int stepCount)
    {
        FirstStepId = firstStepId;
        LastStepId = lastStepId;
        StepCount = stepCount;
    }

    /// <summary>Gets the id of the leg's first step.</summary>
    public string FirstStepId { get; }

    /// <summary>Gets the id of the leg's last step, where the route turns, ends or goes on along another transition.</summary>
    public string LastStepId { get; }

    /// <summary>Gets how many steps the leg goes through, both ends included.</summary>
    public int StepCount { get; }
}

/// <summary>
/// One distinct route through a map: the legs it goes through, how it ends, and the share of customers who take it (the
/// product of the shares of every transition and timeline step it takes).
/// </summary>
/// <remarks>
/// Routes found together share the legs they have in common, so listing many long routes costs memory for what differs
/// between them, not for every leg of every route. Immutable and thread-safe.
/// </remarks>
public sealed record JourneyRoute
{
    private readonly LegChain _chain;
    private readonly Lazy<ValueList<RouteLeg>> _legs;

    internal JourneyRoute(LegChain chain, decimal probability, RouteEnd end)
    {
        _chain = chain;
        _legs = new(chain.ToList, LazyThreadSafetyMode.PublicationOnly);
        Probability = probability;
        End = end;
        StepCount = chain.StepCount;
        Duration = chain.TimedSteps > 0 ? TimeSpan.FromTicks(chain.Ticks) : null;
    }

    /// <summary>Gets the runs of steps the route goes through, in order; a loop taken makes a leg go back.</summary>
    public ValueList<RouteLeg> Legs => _legs.Value;

    /// <summary>Gets the share of customers who take the route, from 0 to 1, rounded to 6 decimal places.</summary>
    public decimal Probability { get; }

    /// <summary>Gets how the route ends.</summary>
    public RouteEnd End { get; }

    /// <summary>Gets how many steps the route goes through, counting a step again each time a loop brings it back.</summary>
    public int StepCount { get; }

    /// <summary>Gets the sum of the durations of the route's steps that carry one, or <see langword="null"/> when none does.</summary>
    public TimeSpan? Duration { get; }

    /// <inheritdoc />
    public bool Equals(JourneyRoute? other) => other is not null && Probability == other.Probability && End == other.End && StepCount == other.StepCount
        && Duration == other.Duration && LegChain.SameLegs(_chain, other._chain);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Probability, End, StepCount, Duration, _chain.Count);
}

/// <summary>The legs of a route as a chain from its last leg back to its first, shared between routes with a common start.</summary>
internal sealed class LegChain(RouteLeg leg, LegChain? previous, long legTicks, int legTimedSteps)
{
    public RouteLeg Leg { get; } = leg;

    public LegChain? Previous { get; } = previous;

    public int Count { get; } = (previous?.Count ?? 0) + 1;

    public int StepCount { get; } = (previous?.StepCount ?? 0) + leg.StepCount;

    public long Ticks { get; } = (previous?.Ticks ?? 0) + legTicks;

    public int TimedSteps { get; } = (previous?.TimedSteps ?? 0) + legTimedSteps;

    public ValueList<RouteLeg> ToList()
    {
        var legs = new RouteLeg[Count];
        for (var (node, i) = (this, Count - 1); node is not null; node = node.Previous, i--)
        {
            legs[i] = node.Leg;
        }

        return ValueList.From(legs);
    }

    /// <summary>Whether two chains hold equal legs, walking back without recursion, however long they are.</summary>
    public static bool SameLegs(LegChain a, LegChain b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (LegChain? x = a, y = b; x is not null && y is not null; x = x.Previous, y = y.Previous)
        {
            if (ReferenceEquals(x, y))
            {
                return true;
            }

            if (x.Leg != y.Leg)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// The routes through a map, most likely first, with the expected number of steps and the expected duration when
/// every route was listed.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RouteListing
{
    internal RouteListing(ValueList<JourneyRoute> routes, bool isTruncated, decimal? expectedStepCount, TimeSpan? expectedDuration, decimal coveredProbability)
    {
        Routes = routes;
        IsTruncated = isTruncated;
        ExpectedStepCount = expectedStepCount;
        ExpectedDuration = expectedDuration;
        CoveredProbability = coveredProbability;
    }

    /// <summary>Gets the routes, most likely first; routes of equal probability in the order they are found (the map's order).</summary>
    public ValueList<JourneyRoute> Routes { get; }

    /// <summary>Gets whether the map has more routes than <see cref="AnalysisOptions.MaxRoutes"/>, so not every route is listed.</summary>
    public bool IsTruncated { get; }

    /// <summary>Gets the share of customers the listed routes account for, from 0 to 1, rounded to 6 decimal places.</summary>
    public decimal CoveredProbability { get; }

    /// <summary>
    /// Gets the expected number of steps a customer goes through, among the customers the listed routes account for
    /// (the sum over routes of probability × steps, divided by <see cref="CoveredProbability"/>), or <see langword="null"/>
    /// when the listing is truncated. Rounded to 6 decimal places.
    /// </summary>
    public decimal? ExpectedStepCount { get; }

    /// <summary>
    /// Gets the expected duration likewise (counting the steps that carry a duration), or <see langword="null"/> when the
    /// listing is truncated or no step carries a duration. Rounded to whole seconds.
    /// </summary>
    public TimeSpan? ExpectedDuration { get; }
}
