using JourneyKit.Model.Shapes;

namespace JourneyKit.Diffing;

/// <summary>Names one element of a map by its kind and id.</summary>
public readonly record struct ElementRef
{
    /// <summary>Names an element.</summary>
    /// <param name="kind">The element's kind; ids are unique within a kind.</param>
    /// <param name="id">The element's id.</param>
    public ElementRef(ElementKind kind, string id)
    {
        Kind = kind;
        Id = id;
    }

    /// <summary>Gets the element's kind; ids are unique within a kind.</summary>
    public ElementKind Kind { get; }

    /// <summary>Gets the element's id.</summary>
    public string Id { get; }

    /// <inheritdoc />
    public override string ToString() => $"{ElementKinds.Word(Kind)} {Id}";
}
