using JourneyKit.Model.Shapes;
namespace JourneyKit.Diffing;

/// <summary>Names one element of a map by its kind and id.</summary>
/// <param name="Kind">The element's kind; ids are unique within a kind.</param>
/// <param name="Id">The element's id.</param>
public readonly record struct ElementRef(ElementKind Kind, string Id)
{
    /// <inheritdoc />
    public override string ToString() => $"{ElementKinds.Word(Kind)} {Id}";
}
