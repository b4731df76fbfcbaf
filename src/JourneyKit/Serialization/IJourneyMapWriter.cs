namespace JourneyKit.Serialization;

/// <summary>Writes a journey map to a stream in one format.</summary>
/// <remarks>
/// Implementations are immutable and thread-safe. They write at the stream's current position, flush what they
/// wrote and do not close the stream. A format that cannot carry part of a map must say so, never drop it silently.
/// </remarks>
public interface IJourneyMapWriter
{
    /// <summary>Writes a map.</summary>
    /// <param name="map">The map.</param>
    /// <param name="stream">The stream to write to.</param>
    /// <exception cref="JourneyFormatException">The map cannot be written in this format.</exception>
    void Serialize(JourneyMap map, Stream stream);

    /// <summary>Writes a map asynchronously.</summary>
    /// <remarks>The default implementation calls <see cref="Serialize"/>; override it to write without blocking.</remarks>
    /// <param name="map">The map.</param>
    /// <param name="stream">The stream to write to.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the map is written.</returns>
    /// <exception cref="JourneyFormatException">The map cannot be written in this format.</exception>
    ValueTask SerializeAsync(JourneyMap map, Stream stream, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Serialize(map, stream);
        return ValueTask.CompletedTask;
    }
}
