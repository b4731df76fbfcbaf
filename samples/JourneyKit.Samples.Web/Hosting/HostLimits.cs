using JourneyKit.Serialization;
using JourneyKit.Serialization.Json;
using JourneyKit.Serialization.Mermaid;

namespace JourneyKit.Samples.Web.Hosting;

/// <summary>
/// How much one request may ask of the host, in one place: the body the server accepts, what the readers accept of a
/// document, and how long a request may run. A product tunes these to its largest real map, never to "unlimited".
/// </summary>
public static class HostLimits
{
    /// <summary>The largest request body, for an upload or a paste: 2 MiB holds a map of thousands of steps.</summary>
    public const long MaxBodyBytes = 2 * 1024 * 1024;

    /// <summary>How long one request may run before it is cancelled with 504.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    /// <summary>What the readers accept: far below the library's defaults, which are for documents you trust.</summary>
    public static readonly ReadLimits Read = new()
    {
        MaxDocumentBytes = MaxBodyBytes,
        MaxElements = 5_000,
        MaxStringLength = 16 * 1024,
        MaxDepth = 32,
    };

    /// <summary>The formats people may upload, with the readers' limits passed through; the writers are the registry's own.</summary>
    public static readonly JourneyMapFormats Formats = JourneyMapFormats.Default
        .Without("json").With(new JourneyMapJson
        {
            Options = new JourneyMapJsonOptions
            {
                MaxDocumentBytes = Read.MaxDocumentBytes,
                MaxElements = Read.MaxElements,
                MaxStringLength = Read.MaxStringLength,
                MaxDepth = Read.MaxDepth,
            },
        }.Format)
        .Without("mermaid").With(new JourneyMapMermaid { Limits = Read }.Format);

    /// <summary>Diffs people upload to apply to a revision, read with the same limits.</summary>
    public static readonly JourneyDiffJson Diffs = new() { Limits = Read };
}
