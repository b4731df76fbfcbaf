namespace JourneyKit;

/// <summary>
/// Where an element sits in a map, named by ids rather than positions, such as
/// <c>/stages/pay/steps/pay-by-card/emotion</c>. Validation, diffs and build errors all use it.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when the text is equal.</remarks>
public sealed record JourneyPath
{
    private JourneyPath(string value) => Value = value;

    /// <summary>Gets the path of the map itself, <c>/</c>.</summary>
    public static JourneyPath Root { get; } = new("/");

    /// <summary>Gets the path as text.</summary>
    public string Value { get; }

    /// <summary>Returns the path of a property or a collection under this path.</summary>
    /// <param name="name">The property's name, such as <c>stages</c> or <c>emotion</c>.</param>
    /// <returns>The longer path.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or holds a <c>/</c>.</exception>
    public JourneyPath Property(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException("A path segment must not hold '/'.", nameof(name));
        }

        return new(Value == "/" ? "/" + name : Value + "/" + name);
    }

    /// <summary>Returns the path of an element of a collection under this path, named by its id.</summary>
    /// <param name="collection">The collection, such as <c>stages</c>.</param>
    /// <param name="id">The element's id; a <c>/</c> in it is escaped as <c>~1</c> and a <c>~</c> as <c>~0</c>, as in JSON pointers.</param>
    /// <returns>The longer path.</returns>
    public JourneyPath Element(string collection, string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return new(Property(collection).Value + "/" + Escape(id));
    }

    /// <summary>Makes a path from its text, which the caller has checked: it starts with '/' and no segment is blank.</summary>
    internal static JourneyPath FromText(string text) => text == "/" ? Root : new(text);

    /// <summary>Returns the path of an element of a collection whose name the library knows to be valid, without checking it.</summary>
    internal JourneyPath KnownElement(string collection, string id) =>
        new(string.Concat(Value == "/" ? "" : Value, "/", collection, "/", Escape(id)));

    private static string Escape(string id) =>
        id.Contains('~', StringComparison.Ordinal) || id.Contains('/', StringComparison.Ordinal)
            ? id.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)
            : id;

    /// <inheritdoc />
    public override string ToString() => Value;
}
