namespace JourneyKit.Model.Shapes;

/// <summary>
/// The description of one kind of element: its type, its id, its label, its properties in a fixed order, the lists of
/// child elements it holds, and how to make one from those parts. One uniform view lets every engine treat every kind
/// alike, and lets the tests find each place that must know of a new property.
/// </summary>
internal abstract class ElementShape
{
    public abstract ElementKind Kind { get; }

    /// <summary>Gets the word for the kind in JSON, paths and fingerprints ("painPoint").</summary>
    public abstract string Word { get; }

    /// <summary>Gets the kind as people read it ("pain point").</summary>
    public abstract string ReadableWord { get; }

    /// <summary>Gets the model type of the elements of this kind.</summary>
    public abstract Type Type { get; }

    /// <summary>Gets the name of the collection that holds this kind, as used in paths ("steps").</summary>
    public abstract string Collection { get; }

    public abstract int PropertyCount { get; }

    /// <summary>Gets the index of the property that names the element ("name", "title"), or -1.</summary>
    public abstract int NameProperty { get; }

    /// <summary>Gets the kinds of the child lists, in order.</summary>
    public abstract ElementKind[] ChildKinds { get; }

    public abstract string PropertyName(int property);

    public abstract ValueCodec Codec(int property);

    /// <summary>Returns whether every element of the kind has a value for the property.</summary>
    public abstract bool IsRequired(int property);

    /// <summary>Returns the kind of element the property refers to, or <see langword="null"/> when it is no reference.</summary>
    public abstract ElementKind? Target(int property);

    /// <summary>
    /// Returns whether a property came after version 1 of the JSON format was published: writers leave it out while it
    /// is empty, and documents without it read as empty.
    /// </summary>
    /// <summary>Gets the properties that refer to other elements (those with a <see cref="Target"/>), in order.</summary>
    public abstract int[] ReferenceProperties { get; }

    public abstract bool IsLaterAddition(int property);

    /// <summary>Gets whether the kind's collection came after version 1 of the JSON format, so an empty one is left out.</summary>
    public abstract bool CollectionIsLaterAddition { get; }

    /// <summary>Adds the ids the property of <paramref name="element"/> refers to, in order, to <paramref name="into"/>.</summary>
    public abstract void CollectReferences(object element, int property, List<string> into);

    /// <summary>Hands every text a user wrote in <paramref name="element"/>'s own properties to <paramref name="visitor"/>, in property order.</summary>
    public abstract void VisitTexts(object element, ITextVisitor visitor, in TextSite site);

    public abstract string IdOf(object element);

    public abstract string LabelOf(object element);

    public abstract object? Get(object element, int property);

    public abstract bool Same(object a, object b, int property, TextRule text);

    public abstract object[] ChildrenOf(object element, int slot);

    public abstract object Create(string id, object?[] values, object[][] children);

    /// <summary>Returns whether every property is exactly equal, in one call: the fast path for the common case of no change.</summary>
    public abstract bool AllSame(object a, object b);

    public abstract bool SameId(object a, object b);

    public abstract bool HasChildren(object element);

    public int PropertyIndex(string name)
    {
        for (var i = 0; i < PropertyCount; i++)
        {
            if (PropertyName(i) == name)
            {
                return i;
            }
        }

        return -1;
    }

    public int SlotOf(ElementKind child) => Array.IndexOf(ChildKinds, child);

    public object?[] Values(object element)
    {
        var values = new object?[PropertyCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Get(element, i);
        }

        return values;
    }
}

internal sealed class ElementShape<T>(
    ElementKind kind,
    string word,
    string readableWord,
    string collection,
    Func<T, string> id,
    Func<T, string> label,
    PropertyShape<T>[] properties,
    string? nameProperty,
    ElementKind[] childKinds,
    Func<T, int, object[]> children,
    Func<string, object?[], object[][], T> create,
    Func<T, T, bool> allSame,
    Func<T, bool>? hasChildren = null,
    bool collectionIsLaterAddition = false) : ElementShape
    where T : class
{
    private readonly int _nameProperty = nameProperty is null ? -1 : Array.FindIndex(properties, p => p.Name == nameProperty);

    /// <summary>The properties that hold text, the only ones a text walk needs to ask.</summary>
    private readonly PropertyShape<T>[] _textProperties = Array.FindAll(properties, p => p.HoldsText);

    private readonly int[] _referenceProperties = [.. Enumerable.Range(0, properties.Length).Where(i => properties[i].Target is not null)];

    public override ElementKind Kind => kind;

    public override string Word => word;

    public override string ReadableWord => readableWord;

    public override Type Type => typeof(T);

    public override string Collection => collection;

    public override int PropertyCount => properties.Length;

    public override int NameProperty => _nameProperty;

    public override ElementKind[] ChildKinds => childKinds;

    public PropertyShape<T> this[int property] => properties[property];

    public override string PropertyName(int property) => properties[property].Name;

    public override ValueCodec Codec(int property) => properties[property].Codec;

    public override bool IsRequired(int property) => properties[property].IsRequired;

    public override ElementKind? Target(int property) => properties[property].Target;

    public override bool IsLaterAddition(int property) => properties[property].IsLaterAddition;

    public override int[] ReferenceProperties => _referenceProperties;

    public override bool CollectionIsLaterAddition => collectionIsLaterAddition;

    public override void CollectReferences(object element, int property, List<string> into) => properties[property].CollectReferences((T)element, into);

    public override void VisitTexts(object element, ITextVisitor visitor, in TextSite site)
    {
        var typed = (T)element;
        foreach (var property in _textProperties)
        {
            property.VisitTexts(typed, visitor, site);
        }
    }

    public override string IdOf(object element) => id((T)element);

    public override string LabelOf(object element) => label((T)element);

    public override object? Get(object element, int property) => properties[property].Get((T)element);

    public override bool Same(object a, object b, int property, TextRule text) => properties[property].Same((T)a, (T)b, text);

    public override object[] ChildrenOf(object element, int slot) => children((T)element, slot);

    public override object Create(string id, object?[] values, object[][] children) => create(id, values, children);

    public override bool AllSame(object a, object b) => allSame((T)a, (T)b);

    public override bool SameId(object a, object b) => string.Equals(id((T)a), id((T)b), StringComparison.Ordinal);

    public override bool HasChildren(object element) => hasChildren is not null && hasChildren((T)element);
}
