using JourneyKit.Building;

namespace JourneyKit.Diffing;

/// <summary>
/// Thrown when changes cannot be made: a diff applied to a map that has drifted from the diff's base (<see cref="Drift"/>),
/// or a diff or a merge whose result would break a rule every map obeys (<see cref="Problems"/>). Nothing is overwritten.
/// </summary>
public sealed class JourneyPatchException : JourneyKitException
{
    /// <summary>Creates the exception with a message.</summary>
    public JourneyPatchException()
        : this("The diff does not fit the map.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public JourneyPatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public JourneyPatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for the changes that do not fit.</summary>
    /// <param name="drift">Every change that does not fit, with the reason.</param>
    public JourneyPatchException(IEnumerable<PatchDrift> drift)
        : this(Describe(drift.ToArray()))
    {
        Drift = ValueList.From(drift);
    }

    /// <summary>Gets every change that does not fit, with the reason.</summary>
    public ValueList<PatchDrift> Drift { get; } = ValueList<PatchDrift>.Empty;

    /// <summary>
    /// Gets the rules of the model the result would break, each with its path: duplicate or invalid ids, references to
    /// nothing, scores off the scale, names without a visible character. Empty when the diff did not fit (see <see cref="Drift"/>).
    /// </summary>
    public ValueList<BuildProblem> Problems { get; } = ValueList<BuildProblem>.Empty;

    /// <summary>Creates an exception for a result that would break the rules every map obeys.</summary>
    internal JourneyPatchException(IReadOnlyCollection<BuildProblem> problems)
        : base($"The result would not be a sound map: {problems.Count} problem{(problems.Count == 1 ? "" : "s")}." + Environment.NewLine
            + string.Join(Environment.NewLine, problems.Select(p => "  " + p)))
    {
        Problems = ValueList.From(problems);
    }

    private static string Describe(PatchDrift[] drift) =>
        $"The diff does not fit the map: {drift.Length} change{(drift.Length == 1 ? "" : "s")} expected something else." + Environment.NewLine
        + string.Join(Environment.NewLine, drift.Select(d => "  " + d));
}
