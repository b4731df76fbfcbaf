namespace JourneyKit;

/// <summary>
/// The base of every exception JourneyKit throws for a map, a document or a diff it cannot accept: catch it to handle
/// them all. The four kinds say more: <see cref="Building.JourneyMapBuildException"/> (a map that is not sound),
/// <see cref="Serialization.JourneyFormatException"/> (a document that cannot be read or written),
/// <see cref="Diffing.JourneyPatchException"/> (changes that do not fit) and
/// <see cref="Validation.JourneyMapValidationException"/> (a report with errors).
/// </summary>
public abstract class JourneyKitException : Exception
{
    /// <summary>Creates an exception with a generic message.</summary>
    protected JourneyKitException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    protected JourneyKitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause, if any.</param>
    protected JourneyKitException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
