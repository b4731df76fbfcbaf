using System.Text;

namespace JourneyKit.Serialization;

/// <summary>The stream, byte and asynchronous sides of the formats whose output is text built whole.</summary>
internal static class FormatText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Encodes text as UTF-8 without a byte order mark.</summary>
    public static byte[] Bytes(string text) => Utf8.GetBytes(text);

    /// <summary>Writes text to a stream as UTF-8 without a byte order mark, and flushes.</summary>
    public static void Write(string text, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Utf8.GetBytes(text));
        stream.Flush();
    }

    /// <summary>Writes text to a stream as UTF-8 without a byte order mark, and flushes, without blocking.</summary>
    public static ValueTask WriteAsync(string text, Stream stream, CancellationToken cancellationToken) => WriteAsync(Utf8.GetBytes(text), stream, cancellationToken);

    /// <summary>Writes bytes to a stream and flushes, without blocking.</summary>
    public static async ValueTask WriteAsync(byte[] bytes, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
