namespace JourneyKit.Rendering.Layout;

/// <summary>Text broken into lines; most labels fit on one line, which needs no array.</summary>
internal readonly struct WrappedText
{
    // One line as a string, several as an array: one field keeps the blocks that carry texts small to copy.
    private readonly object? _lines;

    public WrappedText(string one) => _lines = one;

    public WrappedText(string[] lines) => _lines = lines.Length == 1 ? lines[0] : lines;

    /// <summary>Gets whether there is no text at all, as in the default value.</summary>
    public bool IsEmpty => _lines is null;

    public int Length => _lines switch
    {
        string[] many => many.Length,
        null => 0,
        _ => 1,
    };

    public string this[int index] => _lines as string ?? ((string[])_lines!)[index];

    public static implicit operator WrappedText(string[] lines) => new(lines);

    public string[] ToArray() => _lines switch
    {
        string[] many => many,
        null => [],
        string one => [one],
        _ => throw new InvalidOperationException(),
    };

    public WrappedText Concat(WrappedText more) => new([.. ToArray(), .. more.ToArray()]);
}
