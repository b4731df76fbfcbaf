namespace JourneyKit.Samples;

/// <summary>A clock that always says the same time, so the sample prints the same report every day.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
