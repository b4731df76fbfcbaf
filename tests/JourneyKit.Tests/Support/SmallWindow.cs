using JourneyKit.Serialization.Json;

namespace JourneyKit.Tests.Support;

/// <summary>
/// The JSON format reading streams through a 16-byte window instead of 64 KiB, so that even small documents are
/// read in many pieces and every element is re-read after a refill.
/// </summary>
public static class SmallWindow
{
    public static JourneyMapJson Json { get; } = new(null, ValueList<IJsonMigration>.Empty, bufferSize: 16);
}
