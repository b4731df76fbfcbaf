using System.Buffers;
using System.Buffers.Text;
using System.Text;
using JourneyKit.Presentation;

namespace JourneyKit.Rendering.Svg;

/// <summary>
/// A growable UTF-8 buffer for markup: literal markup is copied as bytes, numbers are written in the invariant form,
/// and user text is escaped so it can only ever be text in XML and HTML. The buffer is rented from the shared pool;
/// dispose the output to return it.
/// </summary>
internal sealed class Utf8Output : IDisposable
{
    /// <summary>The characters below U+D800 that <see cref="Text"/> replaces: markup and control characters (C0, DEL, C1).</summary>
    private static readonly SearchValues<char> MarkupAndControls = SearchValues.Create(string.Concat(Enumerable.Range(0, 0xA0).Where(c => char.IsControl((char)c)).Select(c => (char)c)) + "&<>\"'");

    private byte[] _buffer;
    private int _length;

    private static ReadOnlySpan<byte> TwoDigits =>
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    public Utf8Output(int capacity) => _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(256, capacity));

    public int Length => _length;

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>Appends markup or other text known to need no escaping.</summary>
    public Utf8Output Raw(ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(Space(utf8.Length));
        _length += utf8.Length;
        return this;
    }

    /// <summary>Appends text known to need no escaping, such as class names, ids and colours.</summary>
    public Utf8Output Raw(string text)
    {
        if (text.Length <= 32 && System.Text.Ascii.IsValid(text))
        {
            var span = Space(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = (byte)text[i];
            }

            _length += text.Length;
            return this;
        }

        _length += Encoding.UTF8.GetBytes(text, Space(Encoding.UTF8.GetMaxByteCount(text.Length)));
        return this;
    }

    public Utf8Output Raw(char ascii)
    {
        Space(1)[0] = (byte)ascii;
        _length++;
        return this;
    }

    /// <summary>Appends a whole number.</summary>
    public Utf8Output Number(int value)
    {
        if (value is < 0 or > 9_999_999)
        {
            Utf8Formatter.TryFormat(value, Space(11), out var written);
            _length += written;
            return this;
        }

        var digits = value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : value < 10000 ? 4 : value < 100_000 ? 5 : value < 1_000_000 ? 6 : 7;
        var span = Space(digits);
        var i = digits;
        while (value >= 10)
        {
            var pair = (value % 100) * 2;
            value /= 100;
            span[--i] = TwoDigits[pair + 1];
            span[--i] = TwoDigits[pair];
        }

        if (i > 0)
        {
            span[0] = (byte)('0' + value);
        }

        _length += digits;
        return this;
    }

    /// <summary>Appends a coordinate rounded to one decimal, without a trailing ".0".</summary>
    public Utf8Output Number(double value)
    {
        var whole = (int)value;
        if (whole == value)
        {
            return Number(whole);
        }

        var tenths = (long)Math.Round(value * 10, MidpointRounding.AwayFromZero);
        if (tenths % 10 == 0)
        {
            Utf8Formatter.TryFormat(tenths / 10, Space(20), out var rounded);
            _length += rounded;
            return this;
        }

        if (tenths < 0)
        {
            Raw('-');
            tenths = -tenths;
        }

        Utf8Formatter.TryFormat(tenths / 10, Space(20), out var written);
        _length += written;
        var fraction = Space(2);
        fraction[0] = (byte)'.';
        fraction[1] = (byte)('0' + (tenths % 10));
        _length += 2;
        return this;
    }

    /// <summary>
    /// Appends text escaped for XML content and attributes alike. Control characters, lone surrogates, U+FFFE and U+FFFF
    /// become U+FFFD, as in every text export (<see cref="Presentation.ExportText"/>); line breaks and tabs become spaces.
    /// </summary>
    public Utf8Output Text(string text)
    {
        // Surrogates, U+FFFE and U+FFFF are all at or above U+D800: text without markup, controls or such characters is copied as is.
        if (text.AsSpan().IndexOfAny(MarkupAndControls) < 0 && text.AsSpan().IndexOfAnyInRange('\uD800', '\uFFFF') < 0)
        {
            Chars(text);
            return this;
        }

        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('&' or '<' or '>' or '"' or '\'' or < ' ' or (>= '\u007F' and <= '\u009F') or '\uFFFE' or '\uFFFF') && !char.IsSurrogate(c))
            {
                continue;
            }

            ReadOnlySpan<byte> replacement = c switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '"' => "&quot;"u8,
                '\'' => "&#39;"u8,
                '\t' or '\n' or '\r' => " "u8,
                _ when char.IsSurrogate(c) && !ExportText.IsLoneSurrogate(text, i) => default,
                _ => "\uFFFD"u8,
            };
            if (replacement.IsEmpty)
            {
                continue;
            }

            Chars(text.AsSpan(start, i - start));
            Raw(replacement);
            start = i + 1;
        }

        Chars(text.AsSpan(start));
        return this;
    }

    /// <summary>Empties the buffer, keeping its space to write again.</summary>
    public void Clear() => _length = 0;

    public override string ToString() => Encoding.UTF8.GetString(Written);

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Chars(ReadOnlySpan<char> chars)
    {
        if (!chars.IsEmpty)
        {
            _length += Encoding.UTF8.GetBytes(chars, Space(Encoding.UTF8.GetMaxByteCount(chars.Length)));
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private Span<byte> Space(int size)
    {
        if (_buffer.Length - _length < size)
        {
            Grow(size);
        }

        return _buffer.AsSpan(_length);
    }

    private void Grow(int size)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + size));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
