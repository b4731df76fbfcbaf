using JourneyKit.Localization;
using JourneyKit.Model.Shapes;

namespace JourneyKit.Diffing.Comparing;

/// <summary>An element and the chain of elements that hold it, up to the map: where a change happened.</summary>
internal sealed class Trail(ElementShape shape, object element, Trail? parent)
{
    public ElementShape Shape => shape;

    public object Element => element;

    public Trail? Parent => parent;

    public string Id => shape.IdOf(element);

    public ElementRef Ref => new(shape.Kind, Id);

    public JourneyPath Path => field ??= parent is null ? JourneyPath.Root : parent.Path.KnownElement(shape.Collection, Id);

    public string Location => field ??= parent is null ? "map" : parent.Parent is null ? Label : parent.Location + " › " + Label;

    public string? StageId => parent is null ? null : shape.Kind == ElementKind.Stage ? Id : parent.StageId;

    /// <summary>The readable place in a language: <see cref="Location"/> with the language's words for the map and the element kinds.</summary>
    public string LocationIn(JourneyLanguage language) => parent is null
        ? language["Element.Map"]
        : parent.Parent is null ? LabelIn(language) : language.Format("Place.Inside", parent.LocationIn(language), LabelIn(language));

    private string LabelIn(JourneyLanguage language) => shape.Kind is ElementKind.Stage or ElementKind.Step
        ? shape.LabelOf(element)
        : language.Format("Place.Element", ChangeWords.Element(language, shape.Kind), shape.LabelOf(element));

    private string Label => shape.Kind is ElementKind.Stage or ElementKind.Step
        ? shape.LabelOf(element)
        : $"{ElementKinds.ReadableWord(shape.Kind)} '{shape.LabelOf(element)}'";
}
