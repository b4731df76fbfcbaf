using System.Text;

namespace JourneyKit.Serialization.Json;

/// <summary>Where the reader is inside the document, kept cheaply and spelled out only for an error.</summary>
internal sealed class JsonPathStack
{
    private Segment[] _segments = new Segment[16];

    public int Depth { get; set; }

    public void Property(string name) => Push(new Segment(name, -1));

    public void Index(int index) => Push(new Segment(null, index));

    public void Pop() => Depth--;

    /// <summary>Records the id of the element the innermost segment points at.</summary>
    public void Id(string id) => _segments[Depth - 1].Id = id;

    public string? InnermostId()
    {
        for (var i = Depth - 1; i >= 0; i--)
        {
            if (_segments[i].Id is { } id)
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>
    /// Returns the path by ids of the innermost element whose id was read, and of the property inside it being read:
    /// <c>$.stages[0].steps[2].name</c> becomes <c>/stages/pay/steps/pays/name</c>.
    /// </summary>
    public JourneyPath ToJourneyPath()
    {
        var path = JourneyPath.Root;
        for (var i = 0; i < Depth; i++)
        {
            var segment = _segments[i];
            if (segment.Name is null)
            {
                break;
            }

            if (i + 1 < Depth && _segments[i + 1].Name is null && _segments[i + 1].Id is { } id)
            {
                path = path.KnownElement(segment.Name, id);
                i++;
                continue;
            }

            if (!string.IsNullOrWhiteSpace(segment.Name) && !segment.Name.Contains('/', StringComparison.Ordinal))
            {
                path = path.Property(segment.Name);
            }

            break;
        }

        return path;
    }

    public override string ToString()
    {
        var path = new StringBuilder("$");
        for (var i = 0; i < Depth; i++)
        {
            var segment = _segments[i];
            if (segment.Name is null)
            {
                path.Append('[').Append(segment.Index).Append(']');
            }
            else
            {
                path.Append('.').Append(segment.Name);
            }
        }

        return path.ToString();
    }

    private void Push(Segment segment)
    {
        if (Depth == _segments.Length)
        {
            Array.Resize(ref _segments, Depth * 2);
        }

        _segments[Depth++] = segment;
    }

    private struct Segment(string? name, int index)
    {
        public readonly string? Name = name;
        public readonly int Index = index;
        public string? Id;
    }
}
