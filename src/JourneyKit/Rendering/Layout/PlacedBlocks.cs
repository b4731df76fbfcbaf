using System.Buffers;

namespace JourneyKit.Rendering.Layout;

/// <summary>
/// The placed blocks of one lane, in an array rented from the shared pool: big maps would otherwise allocate one on the
/// large object heap for every lane. Dispose it to return the array.
/// </summary>
internal sealed class PlacedBlocks(int capacity) : IDisposable
{
    private PlacedBlock[] _blocks = ArrayPool<PlacedBlock>.Shared.Rent(Math.Max(16, capacity));

    public int Count { get; private set; }

    public ReadOnlySpan<PlacedBlock> All => _blocks.AsSpan(0, Count);

    public void Add(in PlacedBlock block)
    {
        if (Count == _blocks.Length)
        {
            var larger = ArrayPool<PlacedBlock>.Shared.Rent(_blocks.Length * 2);
            All.CopyTo(larger);
            Return();
            _blocks = larger;
        }

        _blocks[Count++] = block;
    }

    public void Dispose()
    {
        Return();
        _blocks = [];
        Count = 0;
    }

    private void Return()
    {
        if (_blocks.Length > 0)
        {
            // The blocks hold strings: clear what was written, so the pool keeps none of them alive.
            _blocks.AsSpan(0, Count).Clear();
            ArrayPool<PlacedBlock>.Shared.Return(_blocks);
        }
    }
}
