namespace JourneyKit.Building;

/// <summary>One structural problem found by <see cref="JourneyMapBuilder.Build"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BuildProblem
{
    internal BuildProblem(JourneyPath path, string message)
    {
        Path = path;
        Message = message;
    }

    /// <summary>Gets where the problem is.</summary>
    public JourneyPath Path { get; }

    /// <summary>Gets what is wrong and what to do about it.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>
/// Thrown by <see cref="JourneyMapBuilder.Build"/> when a map is not structurally sound; lists every problem at once.
/// </summary>
public sealed class JourneyMapBuildException : JourneyKitException
{
    /// <summary>Creates an exception with no problems listed.</summary>
    public JourneyMapBuildException()
        : this("The journey map could not be built.")
    {
    }

    /// <summary>Creates an exception with a message and no problems listed.</summary>
    /// <param name="message">The message.</param>
    public JourneyMapBuildException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message, an inner exception and no problems listed.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public JourneyMapBuildException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal JourneyMapBuildException(string title, ValueList<BuildProblem> problems)
        : base(Describe(title, problems)) => Problems = problems;

    /// <summary>Gets every structural problem found, in document order.</summary>
    public ValueList<BuildProblem> Problems { get; }

    private static string Describe(string title, ValueList<BuildProblem> problems)
    {
        var lines = problems.Select(p => "  - " + p);
        return $"The journey map '{title}' has {problems.Count} structural problem{(problems.Count == 1 ? "" : "s")}:\n{string.Join("\n", lines)}";
    }
}
