using JourneyKit.Model.Shapes;

namespace JourneyKit.Diffing.Comparing;

/// <summary>How alike an element of the older revision is to one of the newer, when their ids differ.</summary>
internal static class Similarity
{
    private const double NameWeight = 0.4;
    private const double ContentWeight = 0.3;
    private const double ParentWeight = 0.15;
    private const double NeighbourWeight = 0.15;

    /// <summary>Scores a pair from 0 to 1 by name, other properties, parent and neighbours.</summary>
    /// <param name="before">The element of the older revision.</param>
    /// <param name="after">The element of the newer revision.</param>
    /// <param name="sameParent">Whether both are in the same parent (by the newer revision's ids).</param>
    /// <param name="afterId">The newer revision's id of an element of the older one.</param>
    /// <param name="text">How texts compare.</param>
    public static double Score(Candidate before, Candidate after, bool sameParent, Func<ElementRef, string> afterId, TextRule text)
    {
        var shape = before.Shape;
        var name = Dice(before.Bigrams, after.Bigrams);
        var same = 0;
        var compared = 0;
        for (var p = 0; p < shape.PropertyCount; p++)
        {
            if (p == shape.NameProperty)
            {
                continue;
            }

            compared++;
            same += shape.Same(before.Element, after.Element, p, text) ? 1 : 0;
        }

        var content = compared == 0 ? 0 : (double)same / compared;
        var parent = sameParent ? 1 : 0;
        var neighbours = (SameNeighbour(before.PreviousSiblingId, after.PreviousSiblingId, shape.Kind, afterId)
            + SameNeighbour(before.NextSiblingId, after.NextSiblingId, shape.Kind, afterId)) / 2.0;
        return (NameWeight * name) + (ContentWeight * content) + (ParentWeight * parent) + (NeighbourWeight * neighbours);
    }

    private static int SameNeighbour(string? before, string? after, ElementKind kind, Func<ElementRef, string> afterId) =>
        before is null ? (after is null ? 1 : 0) : after is not null && afterId(new ElementRef(kind, before)) == after ? 1 : 0;

    /// <summary>The Sørensen–Dice coefficient of two texts' sorted letter pairs (see <see cref="Bigrams"/>).</summary>
    public static double Dice(uint[] x, uint[] y)
    {
        if (x.Length == 0 || y.Length == 0)
        {
            return x.Length == y.Length ? 1 : 0;
        }

        int i = 0, j = 0, shared = 0;
        while (i < x.Length && j < y.Length)
        {
            var order = x[i].CompareTo(y[j]);
            if (order == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return 2.0 * shared / (x.Length + y.Length);
    }

    /// <summary>Returns the text's pairs of adjacent letters, ignoring case, sorted; a one-letter text is its own pair.</summary>
    public static uint[] Bigrams(string text)
    {
        var lower = text.ToLowerInvariant();
        if (lower.Length < 2)
        {
            return lower.Length == 0 ? [] : [lower[0]];
        }

        var pairs = new uint[lower.Length - 1];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = ((uint)lower[i] << 16) | lower[i + 1];
        }

        Array.Sort(pairs);
        return pairs;
    }
}
