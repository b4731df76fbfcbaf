using System.Text.Json.Nodes;

namespace JourneyKit.Serialization.Json;

/// <summary>Upgrades a document from one schema version to the next; the reader chains them to reach the current version.</summary>
internal interface IJsonMigration
{
    /// <summary>Gets the version this migration upgrades from; it produces <c>FromVersion + 1</c>.</summary>
    int FromVersion { get; }

    /// <summary>Rewrites the document in place; throws <see cref="JourneyFormatException"/> when it cannot.</summary>
    void Upgrade(JsonObject document);
}
