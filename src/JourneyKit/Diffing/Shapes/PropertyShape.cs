namespace JourneyKit.Diffing.Shapes;

/// <summary>One property of an element kind: its name in paths and JSON, how its values are written and how two are compared.</summary>
internal sealed class PropertyShape<T>(string name, ValueCodec codec, Func<T, object?> get, Func<T, T, TextRule, bool> same)
{
    public string Name => name;

    public ValueCodec Codec => codec;

    public object? Get(T element) => get(element);

    public bool Same(T a, T b, TextRule text) => same(a, b, text);
}

/// <summary>Makes the property shapes of each kind of value.</summary>
internal static class Property
{
    public static PropertyShape<T> Text<T>(string name, Func<T, string?> get) =>
        new(name, TextCodec.Instance, e => get(e), (a, b, text) => text.Equal(get(a), get(b)));

    /// <summary>A text every element of the kind has, such as its name.</summary>
    public static PropertyShape<T> RequiredText<T>(string name, Func<T, string> get) =>
        new(name, TextCodec.Required, e => get(e), (a, b, text) => text.Equal(get(a), get(b)));

    public static PropertyShape<T> Reference<T>(string name, Func<T, string?> get, bool required = false) =>
        new(name, required ? TextCodec.Required : TextCodec.Instance, e => get(e), (a, b, _) => string.Equals(get(a), get(b), StringComparison.Ordinal));

    public static PropertyShape<T> Texts<T>(string name, Func<T, ValueList<string>> get) =>
        new(name, TextListCodec.Instance, e => get(e), (a, b, text) => text.Equal(get(a), get(b)));

    /// <summary>A set of references, such as the touchpoints a step uses: order does not matter.</summary>
    public static PropertyShape<T> ReferenceSet<T>(string name, Func<T, ValueList<string>> get) =>
        new(name, TextListCodec.Instance, e => get(e), (a, b, _) => SameSet(get(a), get(b)));

    public static PropertyShape<T> Emotions<T>(string name, Func<T, ValueList<Emotion>> get) =>
        new(name, EmotionsCodec.Instance, e => get(e), (a, b, text) => EmotionsCodec.Same(get(a), get(b), text));

    public static PropertyShape<T> Value<T, TValue>(string name, ValueCodec codec, Func<T, TValue> get) =>
        new(name, codec, e => get(e), (a, b, _) => EqualityComparer<TValue>.Default.Equals(get(a), get(b)));

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
