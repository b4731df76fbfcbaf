using JourneyKit.Internal;

namespace JourneyKit.Building;

/// <summary>Turns what a user wrote into the ids it names.</summary>
internal interface IReferenceResolver
{
    /// <summary>Returns the id of the element <paramref name="reference"/> names (an id or a name), or the reference itself when nothing matches.</summary>
    string Resolve(string reference);
}

/// <summary>Resolves lists of references, sharing the written list when every reference already is an id.</summary>
internal static class References
{
    public static ValueList<string> Resolve<TResolver>(ref ItemList<string> references, TResolver resolver)
        where TResolver : IReferenceResolver
    {
        var written = references.AsSpan();
        string[]? resolved = null;
        for (var i = 0; i < written.Length; i++)
        {
            var id = resolver.Resolve(written[i]);
            if (resolved is null && !string.Equals(id, written[i], StringComparison.Ordinal))
            {
                resolved = written.ToArray();
            }

            if (resolved is not null)
            {
                resolved[i] = id;
            }
        }

        return resolved is null ? references.ToValueList() : new ValueList<string>(resolved);
    }

    /// <summary>
    /// Returns the ids that repeat an earlier one in the list, in order: a short list is checked in place, a long one
    /// through a set, so neither allocates for nothing nor costs more than linear time.
    /// </summary>
    public static List<string>? Repeated(ValueList<string> ids)
    {
        var span = ids.AsSpan();
        List<string>? repeated = null;
        HashSet<string>? seen = span.Length > 8 ? new(span.Length, StringComparer.Ordinal) : null;
        for (var i = 0; i < span.Length; i++)
        {
            if (seen is null ? span[..i].Contains(span[i]) : !seen.Add(span[i]))
            {
                (repeated ??= []).Add(span[i]);
            }
        }

        return repeated;
    }
}
