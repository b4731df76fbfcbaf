using System.Globalization;
using System.Buffers;
using System.Text.Json;

namespace JourneyKit.Serialization.Json;

/// <summary>
/// The bytes being read: one window over a document in memory, or a growing buffer refilled from a stream.
/// Keeps the line count of the bytes already let go, so errors can say where they are.
/// </summary>
internal sealed class JsonInput : IDisposable
{
    /// <summary>The size of the window a stream is read through at first: 64 KiB.</summary>
    public const int DefaultBufferSize = 64 * 1024;

    private readonly long _maxBytes;
    private readonly ReadOnlyMemory<byte> _memory;
    private byte[]? _buffer;
    private int _start;
    private int _end;
    private long _bufferOffset;
    private long _bytesRead;
    private long _lines;
    private long _lineStart;
    private bool _bomChecked;
    private long _countedTo = -1;
    private long _countedLines;
    private long _countedLineStart;

    public JsonInput(ReadOnlyMemory<byte> document, long maxBytes)
    {
        _maxBytes = maxBytes;
        _memory = document;
        _end = document.Length;
        IsFinal = true;
        if (document.Length > maxBytes)
        {
            throw TooLarge();
        }

        SkipByteOrderMark(document.Span);
    }

    public JsonInput(long maxBytes, int bufferSize)
    {
        _maxBytes = maxBytes;
        _buffer = ArrayPool<byte>.Shared.Rent(bufferSize);
    }

    public bool IsFinal { get; private set; }

    /// <summary>Gets whether the window is ready to parse: the byte order mark, if any, has been skipped.</summary>
    public bool IsReady => _bomChecked;

    public JsonReaderState State { get; set; }

    /// <summary>Gets the absolute offset of the first byte of <see cref="Window"/>.</summary>
    public long WindowOffset => _bufferOffset + _start;

    public ReadOnlySpan<byte> Window => _buffer is null ? _memory.Span[_start.._end] : _buffer.AsSpan(_start, _end - _start);

    /// <summary>Lets go of the first <paramref name="count"/> bytes of the window, counting their lines.</summary>
    public void Commit(long count, JsonReaderState state)
    {
        var done = Window[..(int)count];
        var newlines = done.Count((byte)'\n');
        if (newlines > 0)
        {
            _lines += newlines;
            _lineStart = WindowOffset + done.LastIndexOf((byte)'\n') + 1;
        }

        _start += (int)count;
        State = state;
    }

    /// <summary>Gets the 1-based line and column (in bytes) of an absolute offset inside the window.</summary>
    /// <remarks>Counts on from the last offset asked for when it can, so asking in document order costs linear time.</remarks>
    public (long Line, long Column) LineAndColumn(long offset)
    {
        offset = Math.Clamp(offset, WindowOffset, WindowOffset + Window.Length);
        if (_countedTo < WindowOffset || _countedTo > offset)
        {
            (_countedTo, _countedLines, _countedLineStart) = (WindowOffset, _lines, _lineStart);
        }

        var between = Window[(int)(_countedTo - WindowOffset)..(int)(offset - WindowOffset)];
        var newlines = between.Count((byte)'\n');
        if (newlines > 0)
        {
            _countedLines += newlines;
            _countedLineStart = _countedTo + between.LastIndexOf((byte)'\n') + 1;
        }

        _countedTo = offset;
        return (_countedLines + 1, offset - _countedLineStart + 1);
    }

    /// <summary>Reads from the stream until the buffer is full or the stream ends.</summary>
    public void Fill(Stream stream)
    {
        MakeRoom();
        int read;
        do
        {
            read = stream.Read(_buffer!, _end, _buffer!.Length - _end);
            Filled(read);
        }
        while (read > 0 && _end < _buffer.Length);
    }

    /// <summary>Reads from the stream until the buffer is full or the stream ends.</summary>
    public async ValueTask FillAsync(Stream stream, CancellationToken cancellationToken)
    {
        MakeRoom();
        int read;
        do
        {
            read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            Filled(read);
        }
        while (read > 0 && _end < _buffer!.Length);
    }

    public void Dispose()
    {
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = null;
        }
    }

    private void MakeRoom()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _bufferOffset += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer!.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, (long)_buffer.Length * 2));
            _buffer.AsSpan(0, _end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
    }

    private void Filled(int read)
    {
        _end += read;
        _bytesRead += read;
        if (_bytesRead > _maxBytes)
        {
            throw TooLarge();
        }

        if (read == 0)
        {
            IsFinal = true;
        }

        if (!_bomChecked && (_end >= 3 || IsFinal))
        {
            SkipByteOrderMark(_buffer.AsSpan(0, _end));
        }
    }

    private void SkipByteOrderMark(ReadOnlySpan<byte> start)
    {
        _bomChecked = true;
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _start = 3;
            _lineStart = 3;
        }
    }

    private JourneyFormatException TooLarge() => new(
        string.Create(CultureInfo.InvariantCulture, $"The document is larger than the limit of {_maxBytes:N0} bytes; raise JourneyMapJsonOptions.MaxDocumentBytes if it is genuine."),
        JourneyMapJson.FormatName, null, null, null, null);
}
