using JourneyKit.Diffing;
using JourneyKit.Rendering.Svg;
using JourneyKit.Serialization;

namespace JourneyKit.Rendering;

/// <summary>
/// Draws a map as an SVG picture: the title and personas, stages as columns in order, each step's touchpoints, actions,
/// thoughts, pain points, opportunities, owner and metrics in lanes, the emotion curve on the map's scale, and the back
/// stage under the line of visibility.
/// </summary>
/// <remarks>
/// Every label is text, never markup: it is escaped, and characters XML cannot hold become U+FFFD. Long text wraps (CJK
/// between characters) and is never cut; the picture grows instead. The same map and options always give the same
/// bytes. The SVG has a <c>&lt;title&gt;</c>, a <c>&lt;desc&gt;</c> summing the journey up, and ARIA roles and labels for
/// screen readers, and no scripts, links or external resources. Immutable and thread-safe.
/// </remarks>
public sealed class JourneyMapSvg : IJourneyMapWriter
{
    internal const string FormatName = "svg";

    private readonly RenderOptions _options;

    /// <summary>Creates an SVG writer with <see cref="RenderOptions.Default"/>; set <see cref="Options"/> to draw otherwise.</summary>
    public JourneyMapSvg()
    {
        _options = RenderOptions.Default;
        Format = new JourneyMapFormat(FormatName, [".svg"], ["image/svg+xml"], null, this);
    }

    /// <summary>Gets the SVG writer with the default options.</summary>
    public static JourneyMapSvg Default { get; } = new();

    /// <summary>Gets how this writer draws; set it in an object initializer, as in <c>new JourneyMapSvg { Options = ... }</c>.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public RenderOptions Options { get => _options; init => _options = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>Gets the format descriptor, to add SVG to a <see cref="JourneyMapFormats"/> registry.</summary>
    public JourneyMapFormat Format { get; }

    /// <summary>Draws a map.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The <c>&lt;svg&gt;</c> element, to save as a file or put inside HTML.</returns>
    /// <exception cref="ArgumentException"><see cref="RenderOptions.PersonaId"/> names a persona the map does not have.</exception>
    public string Serialize(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        using var svg = SvgEmitter.Draw(map, Options);
        return svg.ToString();
    }

    /// <summary>
    /// Draws the later of two revisions with what changed marked: added, changed and moved elements are outlined and
    /// labelled, and removed stages, steps and their contents are drawn where they were, dashed and struck through.
    /// </summary>
    /// <param name="before">The earlier revision.</param>
    /// <param name="after">The later revision.</param>
    /// <param name="diffOptions">How to compare; the defaults when <see langword="null"/>.</param>
    /// <returns>The <c>&lt;svg&gt;</c> element.</returns>
    public string RenderDiff(JourneyMap before, JourneyMap after, DiffOptions? diffOptions = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        using var svg = SvgEmitter.DrawDiff(before, after, JourneyDiff.Compare(before, after, diffOptions), Options);
        return svg.ToString();
    }

    /// <summary>Draws the change a diff already made, such as one read back from JSON, brings to the revision it was made from.</summary>
    /// <param name="before">The revision the diff was made from.</param>
    /// <param name="diff">The diff.</param>
    /// <returns>The <c>&lt;svg&gt;</c> element.</returns>
    /// <exception cref="JourneyPatchException">The diff does not fit <paramref name="before"/>.</exception>
    public string RenderDiff(JourneyMap before, JourneyDiff diff)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(diff);
        using var svg = SvgEmitter.DrawDiff(before, JourneyDiff.Apply(before, diff), diff, Options);
        return svg.ToString();
    }

    /// <summary>Draws a map as UTF-8 bytes, without a byte order mark.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The <c>&lt;svg&gt;</c> element's bytes.</returns>
    /// <exception cref="ArgumentException"><see cref="RenderOptions.PersonaId"/> names a persona the map does not have.</exception>
    public byte[] SerializeToUtf8Bytes(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        using var svg = SvgEmitter.Draw(map, Options);
        return svg.ToArray();
    }

    /// <summary>Writes a map as an SVG file, UTF-8 without a byte order mark.</summary>
    /// <param name="map">The map.</param>
    /// <param name="stream">The stream; it stays open.</param>
    public void Serialize(JourneyMap map, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(stream);
        using var svg = SvgEmitter.Draw(map, Options);
        svg.WriteTo(stream);
        stream.Flush();
    }

    /// <summary>Writes a map as an SVG file without blocking, UTF-8 without a byte order mark.</summary>
    /// <param name="map">The map.</param>
    /// <param name="stream">The stream; it stays open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the map is written.</returns>
    public ValueTask SerializeAsync(JourneyMap map, Stream stream, CancellationToken cancellationToken = default) =>
        FormatText.WriteAsync(SerializeToUtf8Bytes(map), stream, cancellationToken);
}
