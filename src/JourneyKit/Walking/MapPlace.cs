using JourneyKit.Model.Shapes;

namespace JourneyKit.Walking;

/// <summary>Where a visited element sits: the map, the stage and step that hold it (or that it is), and its path.</summary>
/// <remarks>The path is made only when asked for, so a visitor that does not need it pays nothing for it.</remarks>
public readonly struct MapPlace
{
    internal MapPlace(JourneyMap map, Stage? stage, Step? step, ElementKind kind, object element)
    {
        Map = map;
        Stage = stage;
        Step = step;
        Kind = kind;
        Element = element;
    }

    /// <summary>Gets the map being walked.</summary>
    public JourneyMap Map { get; }

    /// <summary>Gets the stage that holds the element, or the stage itself; <see langword="null"/> outside the stages.</summary>
    public Stage? Stage { get; }

    /// <summary>Gets the step that holds the element, or the step itself; <see langword="null"/> outside the steps.</summary>
    public Step? Step { get; }

    /// <summary>Gets the kind of the element.</summary>
    public ElementKind Kind { get; }

    /// <summary>Gets the element.</summary>
    public object Element { get; }

    /// <summary>Gets the element's path, such as <c>/stages/pay/steps/pays/painPoints/no-card</c>.</summary>
    public JourneyPath Path
    {
        get
        {
            var path = JourneyPath.Root;
            if (Stage is not null)
            {
                path = path.KnownElement(Shapes.Stage.Collection, Stage.Id);
            }

            if (Step is not null)
            {
                path = path.KnownElement(Shapes.Step.Collection, Step.Id);
            }

            if (Kind is ElementKind.Map or ElementKind.Stage or ElementKind.Step)
            {
                return path;
            }

            var shape = Shapes.Of(Kind);
            return path.KnownElement(shape.Collection, shape.IdOf(Element));
        }
    }
}
