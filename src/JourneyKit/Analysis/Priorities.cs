namespace JourneyKit.Analysis;

/// <summary>Where an opportunity sits in the value/effort matrix.</summary>
public enum Quadrant
{
    /// <summary>Medium or high impact for low effort: do it first.</summary>
    QuickWin = 0,

    /// <summary>Medium or high impact for medium or high effort: plan it.</summary>
    MajorProject,

    /// <summary>Low impact for low effort: do it when there is time.</summary>
    FillIn,

    /// <summary>Low impact for medium or high effort: reconsider it.</summary>
    Reconsider,
}

/// <summary>An opportunity in priority order, with the pain points it addresses and the moments it would ease.</summary>
/// <remarks>
/// Opportunities are ordered by quadrant (quick wins, major projects, fill-ins, then those to reconsider), then by
/// impact (highest first), effort (lowest first), relief (most first), and the map's order. Immutable and thread-safe.
/// </remarks>
public sealed record PrioritizedOpportunity
{
    internal PrioritizedOpportunity(string opportunityId, string stepId, Quadrant quadrant, Level impact, Level effort, ValueList<string> painPointIds, ValueList<string> easedStepIds, decimal relief)
    {
        OpportunityId = opportunityId;
        StepId = stepId;
        Quadrant = quadrant;
        Impact = impact;
        Effort = effort;
        PainPointIds = painPointIds;
        EasedStepIds = easedStepIds;
        Relief = relief;
    }

    /// <summary>Gets the opportunity's id.</summary>
    public string OpportunityId { get; }

    /// <summary>Gets the id of the step the opportunity is recorded at.</summary>
    public string StepId { get; }

    /// <summary>Gets its place in the value/effort matrix.</summary>
    public Quadrant Quadrant { get; }

    /// <summary>Gets its impact.</summary>
    public Level Impact { get; }

    /// <summary>Gets its effort.</summary>
    public Level Effort { get; }

    /// <summary>Gets the ids of the pain points it addresses.</summary>
    public ValueList<string> PainPointIds { get; }

    /// <summary>Gets the ids of the moments that matter it would ease: the hurting steps of the pain points it addresses, in timeline order.</summary>
    public ValueList<string> EasedStepIds { get; }

    /// <summary>Gets the sum of the <see cref="MomentThatMatters.Hurt"/> of the moments it would ease.</summary>
    public decimal Relief { get; }
}
