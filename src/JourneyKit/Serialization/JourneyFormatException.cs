using System.Text;

namespace JourneyKit.Serialization;

/// <summary>
/// Thrown when a map cannot be read from, or written to, a format: says what is wrong and where, by line, column,
/// document path and, where known, the id of the element being read.
/// </summary>
/// <remarks>The one exception type every JourneyKit reader and writer throws for bad input.</remarks>
public sealed class JourneyFormatException : JourneyKitException
{
    /// <summary>Creates an exception with a generic message and no location.</summary>
    public JourneyFormatException()
        : this("The journey map document is not valid.")
    {
    }

    /// <summary>Creates an exception with a message and no location.</summary>
    /// <param name="message">What is wrong.</param>
    public JourneyFormatException(string message)
        : base(message) => Reason = message;

    /// <summary>Creates an exception with a message, a cause and no location.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public JourneyFormatException(string message, Exception innerException)
        : base(message, innerException) => Reason = message;

    /// <summary>Creates an exception that says where the problem is.</summary>
    /// <param name="reason">What is wrong and what to do about it.</param>
    /// <param name="format">The name of the format, such as "json".</param>
    /// <param name="line">The 1-based line, if known.</param>
    /// <param name="column">The 1-based column, if known.</param>
    /// <param name="jsonPath">The path inside the document, such as <c>$.stages[0].steps[2].emotions[0].score</c>, if known.</param>
    /// <param name="elementId">The id of the element being read or written, if known.</param>
    /// <param name="innerException">The cause, if any.</param>
    public JourneyFormatException(string reason, string format, long? line, long? column, string? jsonPath, string? elementId, Exception? innerException = null)
        : base(Describe(reason, format, line, column, jsonPath, elementId), innerException)
    {
        Reason = reason;
        Format = format;
        Line = line;
        Column = column;
        JsonPath = jsonPath;
        ElementId = elementId;
    }

    /// <summary>Gets what is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>Gets the name of the format, such as "json", if known.</summary>
    public string? Format { get; }

    /// <summary>Gets the 1-based line of the problem, if known.</summary>
    public long? Line { get; }

    /// <summary>Gets the 1-based column of the problem, if known: counted in UTF-8 bytes for JSON, in characters for text formats.</summary>
    public long? Column { get; }

    /// <summary>Gets the path of the problem inside the document, such as <c>$.stages[0].steps[2].name</c>, if known.</summary>
    public string? JsonPath { get; }

    /// <summary>
    /// Gets the path of the problem in the map, by ids, such as <c>/stages/pay/steps/pays/name</c>, as validation issues,
    /// build problems and diffs give it: known where the reader had read the ids of the elements around the problem.
    /// </summary>
    public JourneyPath? Path { get; init; }

    /// <summary>Gets the id of the element being read or written when the problem was found, if known.</summary>
    public string? ElementId { get; }

    private static string Describe(string reason, string format, long? line, long? column, string? path, string? elementId)
    {
        var where = new StringBuilder();
        where.Append(format).Append(' ');
        if (line is { } l)
        {
            where.Append("line ").Append(l);
            if (column is { } c)
            {
                where.Append(", column ").Append(c);
            }
        }

        if (path is not null)
        {
            where.Append(line is null ? "at " : " at ").Append(path);
        }

        if (elementId is not null)
        {
            where.Append(" (element '").Append(elementId).Append("')");
        }

        return $"{where.ToString().TrimEnd()}: {reason}";
    }
}
