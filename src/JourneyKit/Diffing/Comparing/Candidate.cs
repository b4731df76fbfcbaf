using JourneyKit.Model.Shapes;

namespace JourneyKit.Diffing.Comparing;

/// <summary>
/// An element that did not line up with the other revision by position and must be matched by id or similarity:
/// one from the older revision (removed or moved, unless matched) or from the newer one (added or moved).
/// </summary>
internal sealed class Candidate(ElementShape shape, object element, ElementRef parent, object[] siblings, int index, Trail parentTrail, Candidate? parentCandidate)
{
    public ElementShape Shape => shape;

    public object Element => element;

    public string Id { get; } = shape.IdOf(element);

    public ElementRef Key => new(shape.Kind, Id);

    /// <summary>Gets the parent, by its id in this candidate's own revision.</summary>
    public ElementRef Parent => parent;

    public object[] Siblings => siblings;

    public int Index => index;

    public Trail ParentTrail => parentTrail;

    public Trail Trail => field ??= new(shape, element, parentTrail);

    /// <summary>Gets the candidate that holds this one, when this one was found by opening an unmatched parent.</summary>
    public Candidate? ParentCandidate => parentCandidate;

    public Candidate? Match { get; set; }

    public double Confidence { get; set; } = 1;

    /// <summary>Gets or sets whether the children were made candidates because this element had no match by id.</summary>
    public bool Opened { get; set; }

    /// <summary>Gets the letter pairs of the element's label, for matching by similarity; made once, when first needed.</summary>
    public uint[] Bigrams => field ??= Similarity.Bigrams(shape.LabelOf(element));

    public string? PreviousSiblingId => index > 0 ? shape.IdOf(siblings[index - 1]) : null;

    public string? NextSiblingId => index + 1 < siblings.Length ? shape.IdOf(siblings[index + 1]) : null;
}
