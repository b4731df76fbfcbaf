namespace JourneyKit.Analysis;

/// <summary>How a map is analysed: how many routes to list, how often a route may take a loop, and what counts as a disagreement.</summary>
/// <remarks>Immutable; change a copy with <c>with</c>, as in <c>AnalysisOptions.Default with { MaxRoutes = 10_000 }</c>.</remarks>
public sealed record AnalysisOptions
{
    /// <summary>The most routes any analysis lists.</summary>
    public const int MaxRoutesLimit = 1_000_000;

    /// <summary>The most times any route may take one loop.</summary>
    public const int MaxLoopTurnsLimit = 10;

    private readonly int _maxRoutes = 1_000;
    private readonly int _maxLoopTurns = 1;
    private readonly decimal _tolerance = 0.05m;
    private readonly int _top = 3;

    /// <summary>Gets the defaults: 1,000 routes, each loop taken at most once, a tolerance of 5 percentage points, the top 3.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>
    /// Gets how many routes to list, from 1 to <see cref="MaxRoutesLimit"/>; a map with more says so with
    /// <see cref="RouteListing.IsTruncated"/> instead of listing them, so listing never runs away.
    /// </summary>
    public int MaxRoutes
    {
        get => _maxRoutes;
        init => _maxRoutes = value is >= 1 and <= MaxRoutesLimit ? value : throw new ArgumentOutOfRangeException(nameof(MaxRoutes), value, $"List 1 to {MaxRoutesLimit:N0} routes.");
    }

    /// <summary>Gets how many times a route may take each loop, from 0 to <see cref="MaxLoopTurnsLimit"/>.</summary>
    public int MaxLoopTurns
    {
        get => _maxLoopTurns;
        init => _maxLoopTurns = value is >= 0 and <= MaxLoopTurnsLimit ? value : throw new ArgumentOutOfRangeException(nameof(MaxLoopTurns), value, $"A loop is taken 0 to {MaxLoopTurnsLimit} times.");
    }

    /// <summary>
    /// Gets by how much, as a share from 0 to 1, a conversion metric may differ from the conversion the transitions'
    /// shares give before the funnel reports the two as disagreeing; 0.05 (5 percentage points) by default.
    /// </summary>
    public decimal DisagreementTolerance
    {
        get => _tolerance;
        init => _tolerance = value is >= 0m and <= 1m ? value : throw new ArgumentOutOfRangeException(nameof(DisagreementTolerance), value, "A tolerance is a share from 0 to 1.");
    }

    /// <summary>
    /// Gets how many of the biggest drop-offs the funnel names, and how many moments that matter the diff summary
    /// compares between revisions, from 1 to 100; 3 by default.
    /// </summary>
    public int TopCount
    {
        get => _top;
        init => _top = value is >= 1 and <= 100 ? value : throw new ArgumentOutOfRangeException(nameof(TopCount), value, "Name 1 to 100 drop-offs.");
    }
}
