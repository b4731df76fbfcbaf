namespace JourneyKit.Model.Shapes;

/// <summary>
/// One property of an element kind: its name in paths and JSON, how its values are written and compared, whether every
/// element has it, and, for a reference, the kind of element it points at.
/// </summary>
internal sealed class PropertyShape<T>(
    string name,
    ValueCodec codec,
    Func<T, object?> get,
    Func<T, T, TextRule, bool> same,
    bool required = false,
    ElementKind? target = null,
    Action<T, List<string>>? references = null,
    TextVisit<T>? texts = null,
    Func<T, string?>? text = null,
    TextField textField = TextField.Text,
    Func<T, ValueList<string>>? textList = null,
    Func<T, ValueMap>? textMap = null,
    bool laterAddition = false)
{
    public string Name => name;

    public ValueCodec Codec => codec;

    /// <summary>Gets whether every element of the kind has a value for this property.</summary>
    public bool IsRequired => required;

    /// <summary>
    /// Gets whether the property came after version 1 of the JSON format was published: writers leave it out while it is
    /// empty, and documents without it read as empty.
    /// </summary>
    public bool IsLaterAddition => laterAddition;

    /// <summary>Gets the kind of element the property refers to, or <see langword="null"/> when it is no reference.</summary>
    public ElementKind? Target => target;

    public object? Get(T element) => get(element);

    public bool Same(T a, T b, TextRule text) => same(a, b, text);

    /// <summary>Adds the ids the property refers to, in order, to <paramref name="into"/>.</summary>
    public void CollectReferences(T element, List<string> into) => references?.Invoke(element, into);

    /// <summary>Gets whether the property holds text a user wrote.</summary>
    public bool HoldsText => text is not null || textList is not null || textMap is not null || texts is not null;

    /// <summary>
    /// Hands every text a user wrote in the property to <paramref name="visitor"/>. A single text, a list of texts and a
    /// map of texts are read through their getter alone, and an empty list or map costs no more than that call.
    /// </summary>
    public void VisitTexts(T element, ITextVisitor visitor, in TextSite site)
    {
        if (text is not null)
        {
            if (text(element) is { } value)
            {
                visitor.Visit(value, textField, site.For(name));
            }
        }
        else if (textList is not null)
        {
            var list = textList(element).AsSpan();
            if (list.Length > 0)
            {
                var here = site.For(name);
                foreach (var value in list)
                {
                    visitor.Visit(value, TextField.Text, here);
                }
            }
        }
        else if (textMap is not null)
        {
            var map = textMap(element);
            if (!map.IsEmpty)
            {
                var here = site.For(name);
                foreach (var (key, value) in map)
                {
                    visitor.Visit(key, TextField.Name, here);
                    visitor.Visit(value, TextField.Text, here);
                }
            }
        }
        else
        {
            texts?.Invoke(element, visitor, site.For(name));
        }
    }
}

/// <summary>Hands the texts of one property of an element to a visitor.</summary>
internal delegate void TextVisit<in T>(T element, ITextVisitor visitor, in TextSite site);

/// <summary>Makes the property shapes of each kind of value.</summary>
internal static class Property
{
    /// <summary>An optional text: free text that may span lines, or a short one-line <paramref name="field"/> such as a contact.</summary>
    public static PropertyShape<T> Text<T>(string name, Func<T, string?> get, TextField field = TextField.Text) =>
        new(name, TextCodec.Instance, e => get(e), (a, b, rule) => rule.Equal(get(a), get(b)), text: get, textField: field);

    /// <summary>A text every element of the kind has, such as its name.</summary>
    public static PropertyShape<T> RequiredText<T>(string name, Func<T, string> get, TextField field = TextField.Name) =>
        new(name, TextCodec.Required, e => get(e), (a, b, rule) => rule.Equal(get(a), get(b)), required: true, text: get, textField: field);

    /// <summary>The id of one element of the <paramref name="target"/> kind.</summary>
    public static PropertyShape<T> Reference<T>(string name, ElementKind target, Func<T, string?> get, bool required = false) =>
        new(
            name,
            required ? TextCodec.Required : TextCodec.Instance,
            e => get(e),
            (a, b, _) => string.Equals(get(a), get(b), StringComparison.Ordinal),
            required,
            target,
            (e, into) =>
            {
                if (get(e) is { } id)
                {
                    into.Add(id);
                }
            });

    public static PropertyShape<T> Texts<T>(string name, Func<T, ValueList<string>> get) =>
        new(name, TextListCodec.Instance, e => get(e), (a, b, text) => text.Equal(get(a), get(b)), textList: get);

    /// <summary>A free-form map of texts (the map's properties, a persona's demographics): keys are names, values free text.</summary>
    public static PropertyShape<T> TextMap<T>(string name, Func<T, ValueMap> get, bool laterAddition = false) =>
        new(name, PropertiesCodec.Instance, e => get(e), (a, b, _) => get(a) == get(b), textMap: get, laterAddition: laterAddition);

    /// <summary>An optional absolute <c>http</c> or <c>https</c> link, a one-line text that readers check.</summary>
    public static PropertyShape<T> Link<T>(string name, Func<T, string?> get) =>
        new(name, TextCodec.Link, e => get(e), (a, b, _) => get(a) == get(b), text: get, textField: TextField.Name);

    /// <summary>A BCP 47 language tag, such as the map's language.</summary>
    public static PropertyShape<T> LanguageTag<T>(string name, Func<T, string?> get) =>
        new(name, TextCodec.LanguageTag, e => get(e), (a, b, _) => get(a) == get(b), text: get, textField: TextField.Name);

    /// <summary>The free-form properties every element kind carries for embedding applications.</summary>
    public static PropertyShape<T> Properties<T>(Func<T, ValueMap> get) => TextMap(ElementProperties.Name, get, laterAddition: true);

    /// <summary>The map's revision, whose author is a name and whose note is free text.</summary>
    public static PropertyShape<T> Revision<T>(string name, Func<T, Revision?> get) =>
        new(name, RevisionCodec.Instance, e => get(e), (a, b, _) => get(a) == get(b), texts: (e, visitor, in site) =>
        {
            Visit(get(e)?.Author, TextField.Name, visitor, site);
            Visit(get(e)?.Note, TextField.Text, visitor, site);
        });

    /// <summary>A set of references to elements of the <paramref name="target"/> kind, such as the touchpoints a step uses: order does not matter.</summary>
    public static PropertyShape<T> ReferenceSet<T>(string name, ElementKind target, Func<T, ValueList<string>> get, bool laterAddition = false) =>
        new(name, TextListCodec.Instance, e => get(e), (a, b, _) => SameSet(get(a), get(b)), target: target, references: (e, into) => into.AddRange(get(e).AsSpan()), laterAddition: laterAddition);

    /// <summary>A step's emotions, each of which may name the persona it belongs to.</summary>
    public static PropertyShape<T> Emotions<T>(string name, Func<T, ValueList<Emotion>> get) =>
        new(
            name,
            EmotionsCodec.Instance,
            e => get(e),
            (a, b, text) => EmotionsCodec.Same(get(a), get(b), text),
            target: ElementKind.Persona,
            references: (e, into) =>
            {
                foreach (var emotion in get(e))
                {
                    if (emotion.PersonaId is { } persona)
                    {
                        into.Add(persona);
                    }
                }
            },
            texts: (e, visitor, in site) =>
            {
                foreach (var emotion in get(e))
                {
                    Visit(emotion.Label, TextField.Name, visitor, site);
                }
            });

    public static PropertyShape<T> Value<T, TValue>(string name, ValueCodec codec, Func<T, TValue> get, bool required = false) =>
        new(name, codec, e => get(e), (a, b, _) => EqualityComparer<TValue>.Default.Equals(get(a), get(b)), required);

    private static void Visit(string? text, TextField field, ITextVisitor visitor, in TextSite site)
    {
        if (text is not null)
        {
            visitor.Visit(text, field, site);
        }
    }

    private static bool SameSet(ValueList<string> a, ValueList<string> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        if (a.AsSpan().SequenceEqual(b.AsSpan()))
        {
            return true;
        }

        var members = new HashSet<string>(a, StringComparer.Ordinal);
        return members.SetEquals(b);
    }
}
