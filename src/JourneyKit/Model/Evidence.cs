using JourneyKit.Internal;

namespace JourneyKit;

/// <summary>
/// A research finding behind a step: a customer's quote, an observation or a figure, with where and when it was
/// collected. Pain points cite the evidence that shows them.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when all properties are equal.</remarks>
public sealed record Evidence
{
    internal Evidence(string id, EvidenceKind kind, string text, string? source, DateOnly? collectedOn, string? link, ValueMap properties)
    {
        Id = id;
        Kind = kind;
        Text = text;
        Source = source;
        CollectedOn = collectedOn;
        Link = link;
        Properties = properties;
    }

    /// <summary>The kind evidence has unless one is given: a quote.</summary>
    internal const EvidenceKind DefaultKind = EvidenceKind.Quote;

    /// <summary>Gets the id, unique among the map's evidence.</summary>
    public string Id { get; }

    /// <summary>Gets what the evidence is.</summary>
    public EvidenceKind Kind { get; private init; }

    /// <summary>Gets the quote, observation or figure, as recorded.</summary>
    public string Text { get; private init; }

    /// <summary>Gets where it comes from, such as "Interview 4" or "Checkout analytics", if recorded.</summary>
    public string? Source { get; private init; }

    /// <summary>Gets when it was collected, if recorded.</summary>
    public DateOnly? CollectedOn { get; private init; }

    /// <summary>Gets an <c>http</c> or <c>https</c> link to the recording, notes or report, if any.</summary>
    public string? Link { get; private init; }

    /// <summary>Gets free-form properties for embedding applications, such as a CRM id or a ticket link, in ordinal key order.</summary>
    public ValueMap Properties { get; private init; }

    /// <summary>Returns a copy with another text; the id stays.</summary>
    /// <param name="text">The new quote, observation or figure.</param>
    /// <returns>The changed copy.</returns>
    public Evidence WithText(string text) => this with { Text = Guard.Name(text, nameof(text)) };

    /// <summary>Returns a copy of another kind.</summary>
    /// <param name="kind">The new kind.</param>
    /// <returns>The changed copy.</returns>
    public Evidence WithKind(EvidenceKind kind) => this with { Kind = Guard.Defined(kind, nameof(kind)) };

    /// <summary>Returns a copy with another source.</summary>
    /// <param name="source">The new source, or <see langword="null"/> to remove it.</param>
    /// <returns>The changed copy.</returns>
    public Evidence WithSource(string? source) => this with { Source = Guard.OptionalText(source, nameof(source)) };

    /// <summary>Returns a copy with another collection date.</summary>
    /// <param name="collectedOn">The new date, or <see langword="null"/> to remove it.</param>
    /// <returns>The changed copy.</returns>
    public Evidence WithCollectedOn(DateOnly? collectedOn) => this with { CollectedOn = collectedOn };

    /// <summary>Returns a copy with another link.</summary>
    /// <param name="link">The new absolute <c>http</c> or <c>https</c> link, or <see langword="null"/> to remove it.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentException">The link is not an absolute <c>http</c> or <c>https</c> URI.</exception>
    public Evidence WithLink(string? link) => this with { Link = link is null ? null : Guard.Link(link, nameof(link)) };

    /// <summary>Returns a copy with a property set, replacing any earlier value.</summary>
    /// <param name="key">The property's key.</param>
    /// <param name="value">The property's value.</param>
    /// <returns>The changed copy.</returns>
    public Evidence WithProperty(string key, string value) => this with { Properties = Properties.SetItem(Guard.Text(key, nameof(key)), Guard.AnyText(value, nameof(value))) };

    /// <summary>Returns a copy without a property.</summary>
    /// <param name="key">The property's key.</param>
    /// <returns>The changed copy.</returns>
    public Evidence WithoutProperty(string key) => this with { Properties = Properties.Remove(Guard.Text(key, nameof(key))) };

    /// <summary>Returns whether a text is a link evidence can carry: an absolute <c>http</c> or <c>https</c> URI, without spaces.</summary>
    internal static bool IsLink(string link) =>
        !link.Any(char.IsWhiteSpace) && Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <inheritdoc />
    public override string ToString() => $"{Kind} '{Text}' ({Id})";
}
