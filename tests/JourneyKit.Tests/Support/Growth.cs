namespace JourneyKit.Tests.Support;

/// <summary>
/// Measures how the memory a piece of work allocates grows with its input: bytes, not seconds, so the measure is the
/// same on any machine. Work linear in its input allocates about k times as much for k times the input; work that
/// grows with the square allocates k² times as much.
/// </summary>
public static class Growth
{
    /// <summary>Gets the bytes <paramref name="work"/> allocates on this thread.</summary>
    public static long AllocatedBy(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var before = GC.GetAllocatedBytesForCurrentThread();
        work();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>
    /// Runs <paramref name="work"/> for a small and a four times larger input (after one warm-up run) and returns how
    /// many times as much the larger one allocated: about 4 when the work is linear, 16 when it is quadratic.
    /// </summary>
    public static double AllocationRatio(int small, Action<int> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        work(small / 4);
        var smaller = AllocatedBy(() => work(small));
        var larger = AllocatedBy(() => work(small * 4));
        return (double)larger / Math.Max(1, smaller);
    }
}
