namespace JourneyKit;

/// <summary>Which revision of a living map this is, when it was made, by whom and why.</summary>
/// <remarks>Immutable and thread-safe; equal when all properties are equal.</remarks>
public sealed record Revision
{
    /// <summary>Creates a revision record.</summary>
    /// <param name="number">The revision number, from 1.</param>
    /// <param name="date">When the revision was made, if recorded.</param>
    /// <param name="author">Who made it, if recorded.</param>
    /// <param name="note">What changed, if recorded.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="author"/> or <paramref name="note"/> is blank.</exception>
    public Revision(int number, DateOnly? date = null, string? author = null, string? note = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        Number = number;
        Date = date;
        Author = Internal.Guard.OptionalText(author, nameof(author));
        Note = Internal.Guard.OptionalText(note, nameof(note));
    }

    /// <summary>Gets the revision number, from 1.</summary>
    public int Number { get; }

    /// <summary>Gets when the revision was made, if recorded.</summary>
    public DateOnly? Date { get; }

    /// <summary>Gets who made it, if recorded.</summary>
    public string? Author { get; }

    /// <summary>Gets what changed, if recorded.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public override string ToString() => Presentation.MapText.Revision(this);
}
