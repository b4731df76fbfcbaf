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
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record JourneyRoute
{
    internal JourneyRoute(ValueList<RouteLeg> legs, decimal probability, RouteEnd end, TimeSpan? duration)
    {
        Legs = legs;
        Probability = probability;
        End = end;
        Duration = duration;
        StepCount = legs.Sum(l => l.StepCount);
    }

    /// <summary>Gets the runs of steps the route goes through, in order; a loop taken makes a leg go back.</summary>
    public ValueList<RouteLeg> Legs { get; }

    /// <summary>Gets the share of customers who take the route, from 0 to 1, rounded to 6 decimal places.</summary>
    public decimal Probability { get; }

    /// <summary>Gets how the route ends.</summary>
    public RouteEnd End { get; }

    /// <summary>Gets how many steps the route goes through, counting a step again each time a loop brings it back.</summary>
    public int StepCount { get; }

    /// <summary>Gets the sum of the durations of the route's steps that carry one, or <see langword="null"/> when none does.</summary>
    public TimeSpan? Duration { get; }
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
