using JourneyKit.Rendering;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Csv;
using JourneyKit.Serialization.Json;
using JourneyKit.Serialization.Markdown;
using JourneyKit.Serialization.Mermaid;

namespace JourneyKit;

/// <summary>
/// The formats the package ships, in the order <see cref="JourneyMapFormats.Default"/> lists them: the one place that
/// knows them all, so the registry depends on no format and serialization depends on no renderer.
/// </summary>
internal static class BuiltInFormats
{
    public static ValueList<JourneyMapFormat> All =>
    [
        JourneyMapJson.Default.Format,
        JourneyMapCsv.Default.Format,
        JourneyMapMermaid.Default.Format,
        JourneyMapMarkdown.Default.Format,
        JourneyMapSvg.Default.Format,
        JourneyMapHtml.Default.Format,
    ];
}
