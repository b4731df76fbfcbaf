namespace JourneyKit.Serialization;

/// <summary>Reads a journey map from a stream in one format.</summary>
/// <remarks>
/// Implementations are immutable and thread-safe. They read from the stream's current position and do not close it.
/// Bad input must surface as <see cref="JourneyFormatException"/>.
/// </remarks>
public interface IJourneyMapReader
{
    /// <summary>Reads a map.</summary>
    /// <param name="stream">The stream to read from.</param>
    /// <returns>The map.</returns>
    /// <exception cref="JourneyFormatException">The stream does not hold a valid map.</exception>
    JourneyMap Deserialize(Stream stream);

    /// <summary>Reads a map asynchronously.</summary>
    /// <remarks>The default implementation calls <see cref="Deserialize"/>; override it to read without blocking.</remarks>
    /// <param name="stream">The stream to read from.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The map.</returns>
    /// <exception cref="JourneyFormatException">The stream does not hold a valid map.</exception>
    ValueTask<JourneyMap> DeserializeAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Deserialize(stream));
    }
}
