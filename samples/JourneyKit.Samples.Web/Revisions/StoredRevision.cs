namespace JourneyKit.Samples.Web.Revisions;

/// <summary>One stored revision of a map: its number in the store, the map, and when and how it came in. Immutable.</summary>
public sealed class StoredRevision
{
    /// <summary>Initializes a new revision.</summary>
    public StoredRevision(int number, JourneyMap map, DateTimeOffset storedAt, string origin)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(origin);
        Number = number;
        Map = map;
        StoredAt = storedAt;
        Origin = origin;
    }

    /// <summary>Gets the revision's number, from 1, in the order revisions were stored.</summary>
    public int Number { get; }

    /// <summary>Gets the map.</summary>
    public JourneyMap Map { get; }

    /// <summary>Gets when the revision was stored.</summary>
    public DateTimeOffset StoredAt { get; }

    /// <summary>Gets how the revision came in, such as "json upload" or "merge of 2 and 3 on 1".</summary>
    public string Origin { get; }
}
