using System.Runtime.CompilerServices;

namespace JourneyKit.Internal;

/// <summary>
/// Unicode normalization form C that does not depend on the platform, so it gives the same text with ICU and in
/// invariant globalization mode, where <see cref="string.Normalize()"/> returns its input unchanged.
/// </summary>
/// <remarks>
/// <para>
/// The text is decomposed canonically (Hangul syllables by arithmetic), each run of combining marks is put in
/// canonical order by combining class, and the result is composed canonically with the blocking rule, from the tables
/// in <see cref="NfcData"/>. Text already in form C is returned as the same instance, usually after one quick pass.
/// The work is linear in the length of the text, even for a long run of combining marks.
/// </para>
/// <para>
/// The text is expected to hold no lone surrogate and no noncharacter; a lone surrogate is passed through as it is.
/// This type is stateless and thread-safe.
/// </para>
/// </remarks>
internal static class Nfc
{
    // What the tables say about a code point, packed in an int.
    private const int ClassMask = 0xFF;
    private const int NotQuickYes = 1 << 8;
    private const int ComposesBackward = 1 << 9;
    private const int LengthShift = 10;
    private const int LengthMask = 0x7;
    private const int OffsetShift = 13;

    // A code point in the working buffer: its value, whether it composes with a starter before it, and its class.
    private const int CodePointMask = 0x1FFFFF;
    private const int BackwardBit = 1 << 21;
    private const int ClassShift = 22;

    // The two-stage lookup table: blocks of 64 code points.
    private const int BlockShift = 6;
    private const int BlockMask = (1 << BlockShift) - 1;

    // Hangul syllables, as in the Unicode standard, section 3.12.
    private const int SBase = 0xAC00;
    private const int LBase = 0x1100;
    private const int VBase = 0x1161;
    private const int TBase = 0x11A7;
    private const int LCount = 19;
    private const int VCount = 21;
    private const int TCount = 28;
    private const int SCount = LCount * VCount * TCount;

    /// <summary>Every code point below this one has class 0, is in form C and never composes with one before it.</summary>
    private const int FirstNotSimple = 0x300;

    /// <summary>The longest canonical decomposition, in code points.</summary>
    private const int MaxDecomposition = LengthMask;

    /// <summary>Runs of combining marks up to this length are sorted by insertion, longer ones by counting.</summary>
    private const int InsertionSortLimit = 32;

    private static readonly Tables Data = new();

    /// <summary>Returns <paramref name="text"/> in Unicode normalization form C: the same instance when it already is.</summary>
    /// <param name="text">Text with no lone surrogate and no noncharacter.</param>
    public static string Compose(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // The quick check of UAX #15: no code point that may change and classes in order mean the text is in form C.
        // Code points below U+0300 always pass, so the check skips them fast. A starter that neither decomposes nor
        // composes backwards is a safe place to normalize from: nothing before it changes with what follows.
        var i = text.AsSpan().IndexOfAnyInRange((char)FirstNotSimple, char.MaxValue);
        if (i < 0)
        {
            return text;
        }

        var safe = Math.Max(i - 1, 0);
        var lastClass = 0;
        while (i < text.Length)
        {
            int c = text[i];
            if (c < FirstNotSimple)
            {
                var next = text.AsSpan(i).IndexOfAnyInRange((char)FirstNotSimple, char.MaxValue);
                if (next < 0)
                {
                    return text;
                }

                i += next;
                safe = i - 1;
                lastClass = 0;
                continue;
            }

            var codePoint = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? char.ConvertToUtf32(text[i], text[i + 1])
                : c;
            var info = Info(codePoint);
            var cls = info & ClassMask;
            if ((info & NotQuickYes) != 0 || (cls != 0 && cls < lastClass))
            {
                return Normalize(text, safe);
            }

            if (info == 0)
            {
                safe = i;
            }

            lastClass = cls;
            i += codePoint > char.MaxValue ? 2 : 1;
        }

        return text;
    }

    private static string Normalize(string text, int start)
    {
        var buffer = Decompose(text, start, out var count);
        Reorder(buffer, count);
        count = Recompose(buffer, count);

        var length = start;
        for (var i = 0; i < count; i++)
        {
            length += (buffer[i] & CodePointMask) > char.MaxValue ? 2 : 1;
        }

        if (length == text.Length && Matches(text, start, buffer, count))
        {
            return text;
        }

        return string.Create(length, (text, start, buffer, count), static (span, state) =>
        {
            state.text.AsSpan(0, state.start).CopyTo(span);
            var at = state.start;
            for (var i = 0; i < state.count; i++)
            {
                at += Encode(state.buffer[i] & CodePointMask, span[at..]);
            }
        });
    }

    /// <summary>The full canonical decomposition of the text from <paramref name="start"/>, as packed code points.</summary>
    private static int[] Decompose(string text, int start, out int count)
    {
        var buffer = new int[text.Length - start + 16];
        count = 0;
        for (var i = start; i < text.Length; i++)
        {
            int codePoint = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            if (count + MaxDecomposition > buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var syllable = codePoint - SBase;
            if ((uint)syllable < SCount)
            {
                buffer[count++] = Pack(LBase + (syllable / (VCount * TCount)));
                buffer[count++] = Pack(VBase + (syllable % (VCount * TCount) / TCount));
                if (syllable % TCount != 0)
                {
                    buffer[count++] = Pack(TBase + (syllable % TCount));
                }

                continue;
            }

            var info = Info(codePoint);
            var length = (info >> LengthShift) & LengthMask;
            if (length == 0)
            {
                buffer[count++] = Pack(codePoint, info);
            }
            else
            {
                Data.Decomposed.AsSpan(info >> OffsetShift, length).CopyTo(buffer.AsSpan(count));
                count += length;
            }
        }

        return buffer;
    }

    /// <summary>Puts every run of combining marks in canonical order: by class, keeping the order of equal classes.</summary>
    private static void Reorder(int[] buffer, int count)
    {
        int[]? scratch = null;
        var i = 0;
        while (i < count)
        {
            if (Class(buffer[i]) == 0)
            {
                i++;
                continue;
            }

            var runStart = i;
            while (i < count && Class(buffer[i]) != 0)
            {
                i++;
            }

            var run = buffer.AsSpan(runStart, i - runStart);
            if (run.Length <= InsertionSortLimit)
            {
                InsertionSort(run);
            }
            else
            {
                CountingSort(run, ref scratch);
            }
        }
    }

    private static void InsertionSort(Span<int> run)
    {
        for (var i = 1; i < run.Length; i++)
        {
            var item = run[i];
            var cls = Class(item);
            var j = i - 1;
            while (j >= 0 && Class(run[j]) > cls)
            {
                run[j + 1] = run[j];
                j--;
            }

            run[j + 1] = item;
        }
    }

    private static void CountingSort(Span<int> run, ref int[]? scratch)
    {
        Span<int> next = stackalloc int[ClassMask + 1];
        next.Clear();
        foreach (var item in run)
        {
            next[Class(item)]++;
        }

        var total = 0;
        for (var cls = 0; cls < next.Length; cls++)
        {
            var n = next[cls];
            next[cls] = total;
            total += n;
        }

        if (scratch is null || scratch.Length < run.Length)
        {
            scratch = new int[run.Length];
        }

        foreach (var item in run)
        {
            scratch[next[Class(item)]++] = item;
        }

        scratch.AsSpan(0, run.Length).CopyTo(run);
    }

    /// <summary>Canonical composition: each code point joins the last starter unless a code point between blocks it.</summary>
    /// <returns>The number of code points left.</returns>
    private static int Recompose(int[] buffer, int count)
    {
        var starter = -1;

        // The class of the last code point kept after the starter, or -1 when the starter is the last one kept.
        var lastClass = -1;
        var write = 0;
        for (var read = 0; read < count; read++)
        {
            var item = buffer[read];
            var cls = Class(item);
            if (starter >= 0 && lastClass < cls && (item & BackwardBit) != 0)
            {
                var composite = Combine(buffer[starter] & CodePointMask, item & CodePointMask);
                if (composite >= 0)
                {
                    buffer[starter] = Pack(composite);
                    continue;
                }
            }

            if (cls == 0)
            {
                starter = write;
                lastClass = -1;
            }
            else
            {
                lastClass = cls;
            }

            buffer[write++] = item;
        }

        return write;
    }

    /// <summary>The primary composite of two code points, or -1 when there is none.</summary>
    private static int Combine(int first, int second)
    {
        if ((uint)(first - LBase) < LCount && (uint)(second - VBase) < VCount)
        {
            return SBase + ((((first - LBase) * VCount) + (second - VBase)) * TCount);
        }

        if ((uint)(first - SBase) < SCount && (first - SBase) % TCount == 0 && (uint)(second - TBase - 1) < TCount - 1)
        {
            return first + (second - TBase);
        }

        return Data.Composite(PairKey(first, second));
    }

    private static bool Matches(string text, int start, int[] buffer, int count)
    {
        Span<char> units = stackalloc char[2];
        var at = start;
        for (var i = 0; i < count; i++)
        {
            var n = Encode(buffer[i] & CodePointMask, units);
            if (!text.AsSpan(at, n).SequenceEqual(units[..n]))
            {
                return false;
            }

            at += n;
        }

        return true;
    }

    /// <summary>Writes a code point as UTF-16; a lone surrogate is written as it is.</summary>
    private static int Encode(int codePoint, Span<char> destination)
    {
        if (codePoint <= char.MaxValue)
        {
            destination[0] = (char)codePoint;
            return 1;
        }

        codePoint -= 0x10000;
        destination[0] = (char)(0xD800 + (codePoint >> 10));
        destination[1] = (char)(0xDC00 + (codePoint & 0x3FF));
        return 2;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Info(int codePoint)
    {
        var block = codePoint >> BlockShift;
        return block < Data.Index.Length ? Data.Blocks[(Data.Index[block] << BlockShift) | (codePoint & BlockMask)] : 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Class(int item) => item >> ClassShift;

    private static int Pack(int codePoint) => Pack(codePoint, Info(codePoint));

    private static int Pack(int codePoint, int info) =>
        codePoint | ((info & ComposesBackward) == 0 ? 0 : BackwardBit) | ((info & ClassMask) << ClassShift);

    private static long PairKey(int first, int second) => ((long)first << 21) | (uint)second;

    /// <summary>The tables of <see cref="NfcData"/>, read once.</summary>
    private sealed class Tables
    {
        /// <summary>For each block of code points, the index of its block in <see cref="Blocks"/>; block 0 is all zero.</summary>
        public readonly ushort[] Index;

        /// <summary>What the tables say about each code point: class, quick-check and composition flags, decomposition.</summary>
        public readonly int[] Blocks;

        /// <summary>The full canonical decompositions, as packed code points.</summary>
        public readonly int[] Decomposed;

        /// <summary>The pairs of code points that compose, as <see cref="PairKey"/>, in order, and their composites.</summary>
        private readonly long[] _pairs;
        private readonly int[] _composites;

        // Optimized at once: it runs once, over some 45,000 characters, too soon for tiered compilation to help.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public Tables()
        {
            var trie = new TrieBuilder();
            Span<int> record = stackalloc int[MaxDecomposition + 1];
            int n;
            var at = 0;
            while ((n = Read(NfcData.CombiningClasses, ref at, record)) > 0)
            {
                for (var codePoint = record[0]; codePoint <= record[n - 2]; codePoint++)
                {
                    trie.Set(codePoint, record[n - 1]);
                }
            }

            // Decompositions are packed with the flags of their code points once every flag is set.
            var decomposed = new int[Count(NfcData.Decompositions) * 2];
            var length = 0;
            at = 0;
            while ((n = Read(NfcData.Decompositions, ref at, record)) > 0)
            {
                if (length + n > decomposed.Length)
                {
                    Array.Resize(ref decomposed, decomposed.Length * 2);
                }

                trie.Set(record[0], ((n - 1) << LengthShift) | (length << OffsetShift) | NotQuickYes);
                record[1..n].CopyTo(decomposed.AsSpan(length));
                length += n - 1;
            }

            // Primary composites are in form C; the code points that compose with the one before them are not.
            _pairs = new long[Count(NfcData.Compositions)];
            _composites = new int[_pairs.Length];
            at = 0;
            for (var i = 0; Read(NfcData.Compositions, ref at, record) > 0; i++)
            {
                _pairs[i] = PairKey(record[0], record[1]);
                _composites[i] = record[2];
                if (i > 0 && _pairs[i - 1] >= _pairs[i])
                {
                    throw new InvalidOperationException("NfcData.Compositions is not in order of first and second code point.");
                }

                trie.Clear(record[2], NotQuickYes);
            }

            at = 0;
            while (Read(NfcData.Compositions, ref at, record) > 0)
            {
                trie.Set(record[1], ComposesBackward | NotQuickYes);
            }

            for (var codePoint = VBase; codePoint < VBase + VCount; codePoint++)
            {
                trie.Set(codePoint, ComposesBackward | NotQuickYes);
            }

            for (var codePoint = TBase + 1; codePoint < TBase + TCount; codePoint++)
            {
                trie.Set(codePoint, ComposesBackward | NotQuickYes);
            }

            for (var i = 0; i < length; i++)
            {
                var info = trie.Get(decomposed[i]);
                decomposed[i] |= ((info & ComposesBackward) == 0 ? 0 : BackwardBit) | ((info & ClassMask) << ClassShift);
            }

            Decomposed = decomposed[..length];
            (Index, Blocks) = trie.Build();
        }

        /// <summary>The composite of a pair of code points, or -1.</summary>
        public int Composite(long key)
        {
            var low = 0;
            var high = _pairs.Length - 1;
            while (low <= high)
            {
                var middle = (low + high) >>> 1;
                var pair = _pairs[middle];
                if (pair == key)
                {
                    return _composites[middle];
                }

                if (pair < key)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return -1;
        }

        /// <summary>
        /// Reads the next record of a table, hex numbers joined by '.' with records separated by white space, into
        /// <paramref name="record"/>; returns how many numbers it has, 0 at the end of the table.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static int Read(string table, ref int at, Span<int> record)
        {
            while (at < table.Length && char.IsWhiteSpace(table[at]))
            {
                at++;
            }

            var count = 0;
            while (at < table.Length && !char.IsWhiteSpace(table[at]))
            {
                var value = 0;
                while (at < table.Length && char.IsAsciiHexDigit(table[at]))
                {
                    value = (value << 4) | HexValue(table[at++]);
                }

                if (count == record.Length || (at < table.Length && table[at] != '.' && !char.IsWhiteSpace(table[at])))
                {
                    throw new InvalidOperationException($"NfcData has a bad record at {at}.");
                }

                record[count++] = value;
                if (at < table.Length && table[at] == '.')
                {
                    at++;
                }
            }

            return count;
        }

        private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

        /// <summary>How many records a table has.</summary>
        private static int Count(string table)
        {
            Span<int> record = stackalloc int[MaxDecomposition + 1];
            var count = 0;
            var at = 0;
            while (Read(table, ref at, record) > 0)
            {
                count++;
            }

            return count;
        }

        /// <summary>Builds the two-stage table, one block of 64 code points at a time.</summary>
        private sealed class TrieBuilder
        {
            private readonly ushort[] _index = new ushort[(0x10FFFF >> BlockShift) + 1];
            private int[] _blocks = new int[64 << BlockShift];
            private int _count = 1;

            public int Get(int codePoint) => _blocks[(_index[codePoint >> BlockShift] << BlockShift) | (codePoint & BlockMask)];

            public void Set(int codePoint, int bits)
            {
                var slot = Slot(codePoint); // first, as it may grow the blocks
                _blocks[slot] |= bits;
            }

            public void Clear(int codePoint, int bits)
            {
                var slot = Slot(codePoint);
                _blocks[slot] &= ~bits;
            }

            public (ushort[] Index, int[] Blocks) Build()
            {
                var used = _index.AsSpan().LastIndexOfAnyExcept((ushort)0) + 1;
                return (_index[..used], _blocks[..(_count << BlockShift)]);
            }

            private int Slot(int codePoint)
            {
                var block = codePoint >> BlockShift;
                if (_index[block] == 0)
                {
                    if ((_count + 1) << BlockShift > _blocks.Length)
                    {
                        Array.Resize(ref _blocks, _blocks.Length * 2);
                    }

                    _index[block] = checked((ushort)_count++);
                }

                return (_index[block] << BlockShift) | (codePoint & BlockMask);
            }
        }
    }
}
