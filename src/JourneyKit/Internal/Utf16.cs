namespace JourneyKit.Internal;

/// <summary>Checks on UTF-16 text that UTF-8 output has to care about.</summary>
internal static class Utf16
{
    /// <summary>Tells whether the character at <paramref name="index"/> is half of a surrogate pair with its other half missing.</summary>
    public static bool IsLoneSurrogate(string text, int index)
    {
        var c = text[index];
        return char.IsHighSurrogate(c) ? index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1])
            : char.IsLowSurrogate(c) && (index == 0 || !char.IsHighSurrogate(text[index - 1]));
    }

    /// <summary>Replaces lone surrogates, which UTF-8 cannot encode, with U+FFFD; returns the same string when there are none.</summary>
    public static string WithoutLoneSurrogates(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsLoneSurrogate(text, i))
            {
                var chars = text.ToCharArray();
                for (var j = i; j < chars.Length; j++)
                {
                    if (IsLoneSurrogate(text, j))
                    {
                        chars[j] = '\uFFFD';
                    }
                }

                return new string(chars);
            }
        }

        return text;
    }
}
