using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using JourneyKit.Diffing.Comparing;
using JourneyKit.Localization;
using JourneyKit.Model.Shapes;

namespace JourneyKit.Diffing;

/// <summary>One change between two revisions of a map, with where it happened and what it was before and after.</summary>
/// <remarks>Immutable and thread-safe; equal when every property is equal.</remarks>
public sealed record JourneyChange
{
    internal JourneyChange(
        ChangeKind kind,
        ElementKind elementKind,
        string elementId,
        string? previousId,
        string? property,
        object? before,
        object? after,
        ElementRef? fromParent,
        int? fromIndex,
        ElementRef? toParent,
        int? toIndex,
        double confidence,
        JourneyPath path,
        string location,
        string? stageId,
        Trail? trail = null)
    {
        Kind = kind;
        ElementKind = elementKind;
        ElementId = elementId;
        PreviousId = previousId;
        Property = property;
        Before = before;
        After = after;
        FromParent = fromParent;
        FromIndex = fromIndex;
        ToParent = toParent;
        ToIndex = toIndex;
        Confidence = confidence;
        Path = path;
        Location = location;
        StageId = stageId;
        _place = new Place(trail);
    }

    /// <summary>Gets what happened.</summary>
    public ChangeKind Kind { get; }

    /// <summary>Gets the kind of element that changed.</summary>
    public ElementKind ElementKind { get; }

    /// <summary>Gets the element's id: in the newer revision, or in the older one when the element was removed.</summary>
    public string ElementId { get; }

    /// <summary>Gets the element's id in the older revision when it differs, as after a rename that changed a name-derived id.</summary>
    public string? PreviousId { get; }

    /// <summary>Gets the changed property's name (as in the JSON format), for <see cref="ChangeKind.PropertyChanged"/> and <see cref="ChangeKind.Renamed"/>.</summary>
    public string? Property { get; }

    /// <summary>
    /// Gets the old value: the property's value, or the whole element for <see cref="ChangeKind.Removed"/> (without the
    /// children that moved elsewhere, which have changes of their own).
    /// </summary>
    public object? Before { get; }

    /// <summary>
    /// Gets the new value: the property's value, or the whole element for <see cref="ChangeKind.Added"/> (without the
    /// children that moved in from elsewhere, which have changes of their own).
    /// </summary>
    public object? After { get; }

    /// <summary>
    /// Gets the type that <see cref="Before"/> and <see cref="After"/> hold when they hold a value: the element's type
    /// (such as <see cref="Step"/>) for an added or removed element, the property's type (such as <see cref="string"/>
    /// for a name, <see cref="PainSeverity"/> for a severity, <see cref="ValueList{T}"/> of <see cref="Emotion"/> for
    /// emotions, <see cref="TimeSpan"/> for a duration) for a changed property, <see cref="string"/> for the ids of an
    /// element without a name whose id changed, and <see langword="null"/> for moves and reorders.
    /// </summary>
    public Type? ValueType => Kind switch
    {
        ChangeKind.Added or ChangeKind.Removed => Shapes.Of(ElementKind).Type,
        ChangeKind.Renamed when Property is null => typeof(string),
        ChangeKind.Renamed or ChangeKind.PropertyChanged => Shapes.Of(ElementKind) is var shape && shape.PropertyIndex(Property!) is >= 0 and var index
            ? shape.Codec(index).ValueType
            : null,
        _ => null,
    };

    /// <summary>Gets the old value as <typeparamref name="T"/>, such as a <see cref="PainSeverity"/> or a removed <see cref="Step"/>.</summary>
    /// <typeparam name="T">The type to read: <see cref="ValueType"/>, or a type it derives from.</typeparam>
    /// <param name="value">The old value, when there is one of that type.</param>
    /// <returns>Whether there was an old value of that type: <see langword="false"/> for an optional property that was not set.</returns>
    public bool TryGetBefore<T>([MaybeNullWhen(false)] out T value) => TryGet(Before, out value);

    /// <summary>Gets the new value as <typeparamref name="T"/>, such as a <see cref="string"/> or an added <see cref="PainPoint"/>.</summary>
    /// <typeparam name="T">The type to read: <see cref="ValueType"/>, or a type it derives from.</typeparam>
    /// <param name="value">The new value, when there is one of that type.</param>
    /// <returns>Whether there is a new value of that type: <see langword="false"/> for an optional property that was cleared.</returns>
    public bool TryGetAfter<T>([MaybeNullWhen(false)] out T value) => TryGet(After, out value);

    /// <summary>Gets the parent the element was in, for removed, moved and reordered elements; the map's own id names the map.</summary>
    public ElementRef? FromParent { get; }

    /// <summary>Gets the element's position in its old parent's list.</summary>
    public int? FromIndex { get; }

    /// <summary>Gets the parent the element is in now, for added, moved and reordered elements.</summary>
    public ElementRef? ToParent { get; }

    /// <summary>Gets the element's position in its new parent's list.</summary>
    public int? ToIndex { get; }

    /// <summary>Gets whether the element was matched across revisions by similarity because its id changed.</summary>
    public bool IsInferred => PreviousId is not null && Confidence < 1;

    /// <summary>Gets how sure the match is, from 0 to 1; 1 when the element kept its id.</summary>
    public double Confidence { get; }

    /// <summary>Gets the path by ids, such as <c>/stages/pay/steps/enter-card/painPoints/slow-form/severity</c>.</summary>
    public JourneyPath Path { get; }

    /// <summary>Gets the readable place, such as <c>Pay › Enters card details › pain point 'Slow form'</c>.</summary>
    public string Location { get; }

    /// <summary>Gets the id of the stage the element is in, or <see langword="null"/> for elements outside the stages.</summary>
    public string? StageId { get; }

    /// <summary>
    /// Gets a fingerprint that stays the same for the same change across runs and renderings: the change kind, the
    /// element and the property; never the message text or a position.
    /// </summary>
    public string Fingerprint => $"{Word(Kind)}:{ElementKinds.Word(ElementKind)}:{ElementId}{(Property is null ? "" : ":" + Property)}";

    /// <summary>Gets the change as one readable sentence in English: <see cref="Describe"/> in <see cref="JourneyLanguage.English"/>.</summary>
    public string Description => Describe(JourneyLanguage.English);

    /// <summary>
    /// Describes the change as one readable sentence in a language: its words and numbers translated, the map's labels and
    /// ids as they are. A change read from JSON keeps its <see cref="Location"/> as written.
    /// </summary>
    /// <param name="language">The language to write in, such as <see cref="JourneyLanguage.German"/>.</param>
    /// <returns>The sentence, such as <c>Changed emotions of Pay › Pays from -1 (annoyed) to +1 (relieved)</c> in English.</returns>
    public string Describe(JourneyLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var element = ChangeWords.Element(language, ElementKind);
        var place = _place.Trail is { } trail ? trail.LocationIn(language) : Location;
        var sentence = Kind switch
        {
            ChangeKind.Added => language.Format("Change.Added", element, place),
            ChangeKind.Removed => language.Format("Change.Removed", element, place),
            ChangeKind.Renamed => language.Format("Change.Renamed", element, Show(Before, language), Show(After, language)),
            ChangeKind.PropertyChanged => language.Format("Change.PropertyChanged", ChangeWords.Property(language, Property!), place, Show(Before, language), Show(After, language)),
            ChangeKind.Moved => language.Format("Change.Moved", element, place, Parent(FromParent, language), Parent(ToParent, language)),
            _ => language.Format("Change.Reordered", element, place, FromIndex + 1, ToIndex + 1),
        };
        return PreviousId is null
            ? sentence
            : sentence + (IsInferred
                ? language.Format("Change.Inferred", PreviousId, ElementId, Confidence.ToString("0.00", language.Numbers))
                : language.Format("Change.NewId", PreviousId, ElementId));
    }

    /// <summary>Returns the change that undoes this one.</summary>
    /// <returns>The inverse change: added becomes removed, before and after swap, from and to swap.</returns>
    public JourneyChange Invert() => new(
        Kind switch { ChangeKind.Added => ChangeKind.Removed, ChangeKind.Removed => ChangeKind.Added, _ => Kind },
        ElementKind,
        PreviousId ?? ElementId,
        PreviousId is null ? null : ElementId,
        Property,
        After,
        Before,
        ToParent,
        ToIndex,
        FromParent,
        FromIndex,
        Confidence,
        Path,
        Location,
        StageId,
        _place.Trail);

    private static bool TryGet<T>(object? held, [MaybeNullWhen(false)] out T value)
    {
        if (held is T typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Description;

    internal static string Word(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        ChangeKind.Renamed => "renamed",
        ChangeKind.PropertyChanged => "propertyChanged",
        ChangeKind.Moved => "moved",
        _ => "reordered",
    };

    internal ValueCodec? Codec => Property is null || Kind is not (ChangeKind.PropertyChanged or ChangeKind.Renamed)
        ? null
        : Shapes.Of(ElementKind) is var shape && shape.PropertyIndex(Property) is var index and >= 0 ? shape.Codec(index) : TextCodec.Instance;

    private static string Parent(ElementRef? parent, JourneyLanguage language) =>
        parent is { } p ? language.Format("Change.Parent", ChangeWords.Element(language, p.Kind), p.Id) : "";

    private string Show(object? value, JourneyLanguage language) =>
        Codec?.Show(value, language) ?? Convert.ToString(value, CultureInfo.InvariantCulture) ?? language["Value.None"];

    /// <summary>
    /// Where the differ found the change, to say its place in any language; not part of the change's equality, which
    /// <see cref="Location"/> already carries, so a change read from JSON equals the change written.
    /// </summary>
    private readonly Place _place;

    private readonly struct Place(Trail? trail) : IEquatable<Place>
    {
        public Trail? Trail => trail;

        public bool Equals(Place other) => true;

        public override bool Equals(object? obj) => obj is Place;

        public override int GetHashCode() => 0;
    }
}
