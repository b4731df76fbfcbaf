namespace JourneyKit.Diffing.Comparing;

internal static class Sequences
{
    /// <summary>Marks one longest strictly increasing subsequence: the most elements that can stay where they are.</summary>
    /// <param name="values">The old positions of the elements, in their new order.</param>
    /// <returns>For each element, whether it is in the subsequence.</returns>
    public static bool[] LongestIncreasing(IReadOnlyList<int> values)
    {
        var tails = new int[values.Count];
        var previous = new int[values.Count];
        var length = 0;
        for (var i = 0; i < values.Count; i++)
        {
            int low = 0, high = length;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (values[tails[middle]] < values[i])
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            previous[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            length = Math.Max(length, low + 1);
        }

        var kept = new bool[values.Count];
        for (var i = length > 0 ? tails[length - 1] : -1; i >= 0; i = previous[i])
        {
            kept[i] = true;
        }

        return kept;
    }
}
