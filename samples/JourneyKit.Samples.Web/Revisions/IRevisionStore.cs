namespace JourneyKit.Samples.Web.Revisions;

/// <summary>
/// Where the application keeps revisions. The sample keeps them in memory (<see cref="InMemoryRevisionStore"/>): it runs
/// with nothing to set up and forgets everything on restart. A product implements this interface over its database,
/// storing each map as the canonical JSON JourneyKit writes (<c>JourneyMapJson.Default.Serialize</c>), which reads back equal.
/// </summary>
public interface IRevisionStore
{
    /// <summary>Stores a map as the next revision and returns it.</summary>
    StoredRevision Add(JourneyMap map, string origin);

    /// <summary>Gets a revision by its number, or <see langword="null"/>.</summary>
    StoredRevision? Find(int number);

    /// <summary>Gets every revision, oldest first.</summary>
    IReadOnlyList<StoredRevision> All();
}
