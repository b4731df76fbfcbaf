using System.Globalization;
using System.Text;

namespace JourneyKit.Serialization;

/// <summary>Reads what a reader is given, refusing it as soon as it passes the document limit, before the cost is paid.</summary>
internal static class BoundedInput
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a whole stream into memory, failing once it holds more than <paramref name="maxBytes"/> bytes.</summary>
    public static ReadOnlyMemory<byte> ReadAll(Stream stream, long maxBytes, string format)
    {
        using var document = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            if (document.Length + read > maxBytes)
            {
                throw ReadLimits.Exceeded(format, "bytes", maxBytes, nameof(ReadLimits.MaxDocumentBytes));
            }

            document.Write(buffer, 0, read);
        }

        return document.GetBuffer().AsMemory(0, (int)document.Length);
    }

    /// <summary>Reads a whole stream into memory without blocking, failing once it holds more than <paramref name="maxBytes"/> bytes.</summary>
    public static async ValueTask<ReadOnlyMemory<byte>> ReadAllAsync(Stream stream, long maxBytes, string format, CancellationToken cancellationToken)
    {
        using var document = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (document.Length + read > maxBytes)
            {
                throw ReadLimits.Exceeded(format, "bytes", maxBytes, nameof(ReadLimits.MaxDocumentBytes));
            }

            document.Write(buffer, 0, read);
        }

        return document.GetBuffer().AsMemory(0, (int)document.Length);
    }

    /// <summary>Encodes text as UTF-8, failing with the position of an unpaired surrogate, which UTF-8 cannot hold.</summary>
    public static byte[] Utf8(string text, string format)
    {
        try
        {
            return StrictUtf8.GetBytes(text);
        }
        catch (EncoderFallbackException ex)
        {
            throw new JourneyFormatException(string.Create(CultureInfo.InvariantCulture, $"The text holds an unpaired surrogate at character {ex.Index}, which is not valid Unicode."), format, null, null, null, null, ex);
        }
    }

    /// <summary>Decodes UTF-8, failing on bytes that are not UTF-8.</summary>
    public static string Text(ReadOnlySpan<byte> utf8, string format)
    {
        try
        {
            return StrictUtf8.GetString(utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8);
        }
        catch (DecoderFallbackException ex)
        {
            throw new JourneyFormatException("The text is not valid UTF-8.", format, null, null, null, null, ex);
        }
    }
}
