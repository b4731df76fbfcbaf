namespace JourneyKit.Samples.Web.Revisions;

/// <summary>
/// Revisions in memory, for the sample: nothing to install, and nothing kept across restarts. Thread-safe: requests
/// add and read concurrently under one lock. Bounded, so uploads cannot exhaust the host's memory.
/// </summary>
public sealed class InMemoryRevisionStore(TimeProvider clock) : IRevisionStore
{
    /// <summary>The most revisions kept; the oldest go first.</summary>
    public const int Capacity = 200;

    private readonly Lock gate = new();
    private readonly List<StoredRevision> revisions = [];
    private int next = 1;

    /// <inheritdoc/>
    public StoredRevision Add(JourneyMap map, string origin)
    {
        lock (gate)
        {
            var revision = new StoredRevision(next++, map, clock.GetUtcNow(), origin);
            revisions.Add(revision);
            if (revisions.Count > Capacity)
            {
                revisions.RemoveAt(0);
            }

            return revision;
        }
    }

    /// <inheritdoc/>
    public StoredRevision? Find(int number)
    {
        lock (gate)
        {
            return revisions.Find(r => r.Number == number);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<StoredRevision> All()
    {
        lock (gate)
        {
            return [.. revisions];
        }
    }
}
