namespace JourneyKit.Rendering.Layout;

/// <summary>Text broken into lines; most labels fit on one line, which needs no array.</summary>
internal readonly struct WrappedText
{
    private readonly string? _one;
    private readonly string[]? _many;

    public WrappedText(string one) => _one = one;

    public WrappedText(string[] lines)
    {
        if (lines.Length == 1)
        {
            _one = lines[0];
        }
        else
        {
            _many = lines;
        }
    }

    public int Length => _many?.Length ?? 1;

    public string this[int index] => _many is null ? _one! : _many[index];

    public static implicit operator WrappedText(string[] lines) => new(lines);

    public string[] ToArray() => _many ?? [_one!];

    public WrappedText Concat(WrappedText more) => new([.. ToArray(), .. more.ToArray()]);
}
