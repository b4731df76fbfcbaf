using JourneyKit.Analysis;
using JourneyKit.Diffing;
using JourneyKit.Localization;
using JourneyKit.Presentation;
using JourneyKit.Rendering.Svg;
using JourneyKit.Serialization;

namespace JourneyKit.Rendering;

/// <summary>
/// Writes a map as one self-contained HTML page: the SVG picture, the personas, and tables of steps, pain points by
/// severity, opportunities by priority, metrics, the back stage, evidence, paths and the custom properties of every element,
/// and, when <see cref="RenderOptions.Charts"/> asks for them, the charts of the map's analysis. Also writes a visual diff of two revisions.
/// </summary>
/// <remarks>
/// The page needs nothing else: no scripts, fonts, images or style sheets are fetched, and a Content Security Policy
/// forbids any, so even text that got past escaping could not load or run anything. Every label is escaped. Wide maps
/// scroll on screen and shrink to the page width in print. The same map always gives the same bytes. Immutable and thread-safe.
/// </remarks>
public sealed class JourneyMapHtml : IJourneyMapWriter
{
    internal const string FormatName = "html";

    private readonly RenderOptions _options;

    /// <summary>Creates an HTML writer with <see cref="RenderOptions.Default"/>; set <see cref="Options"/> to draw otherwise.</summary>
    public JourneyMapHtml()
    {
        _options = RenderOptions.Default;
        Format = new JourneyMapFormat(FormatName, [".html", ".htm"], ["text/html"], null, this);
    }

    /// <summary>Gets the HTML writer with the default options.</summary>
    public static JourneyMapHtml Default { get; } = new();

    /// <summary>Gets how this writer draws the picture; set it in an object initializer, as in <c>new JourneyMapHtml { Options = ... }</c>.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public RenderOptions Options { get => _options; init => _options = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>Gets the format descriptor, to add HTML to a <see cref="JourneyMapFormats"/> registry.</summary>
    public JourneyMapFormat Format { get; }

    /// <summary>Writes a map as an HTML page.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The page.</returns>
    public string Serialize(JourneyMap map)
    {
        using var page = Page(map);
        return page.Close().ToString();
    }

    /// <summary>
    /// Writes a page comparing two revisions: the later one drawn with added, removed, changed and moved elements
    /// marked, and a table of every change.
    /// </summary>
    /// <param name="before">The earlier revision.</param>
    /// <param name="after">The later revision.</param>
    /// <param name="diffOptions">How to compare; the defaults when <see langword="null"/>.</param>
    /// <returns>The page.</returns>
    public string RenderDiff(JourneyMap before, JourneyMap after, DiffOptions? diffOptions = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return RenderDiff(before, after, JourneyDiff.Compare(before, after, diffOptions));
    }

    /// <summary>Writes the page of a diff already made, such as one read back from JSON, applied to the revision it was made from.</summary>
    /// <param name="before">The revision the diff was made from.</param>
    /// <param name="diff">The diff.</param>
    /// <returns>The page.</returns>
    /// <exception cref="JourneyPatchException">The diff does not fit <paramref name="before"/>.</exception>
    public string RenderDiff(JourneyMap before, JourneyDiff diff)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(diff);
        return RenderDiff(before, JourneyDiff.Apply(before, diff), diff);
    }

    private string RenderDiff(JourneyMap before, JourneyMap after, JourneyDiff diff)
    {
        var words = JourneyLanguage.Choose(Options.Language, after);
        using var page = new HtmlPage(words.Format("Page.Changes.Title", after.Title), Options.Theme, words.Tag);
        page.Heading(1, words.Format("Page.Changes.Heading", after.Title))
            .Paragraph(
                words.Format(
                    "Page.Changes.FromTo",
                    before.Revision is { } b ? MapText.Revision(b, words) : words["Page.Changes.Earlier"],
                    after.Revision is { } a ? MapText.Revision(a, words) : words["Page.Changes.Later"],
                    words.Plural("Count.Changes", diff.Changes.Count)),
                "muted")
            .Legend(words);
        using (var svg = SvgEmitter.DrawDiff(before, after, diff, Options))
        {
            page.Figure(svg, words.Format("Page.Changes.Figure", after.Title));
        }

        page.Heading(2, words["Page.Changes.Every"]);
        page.Table(
            [words["Header.Change"], words["Header.Element"], words["Header.Where"], words["Header.What"]],
            diff.Changes.Select(c => new[] { ChangeWord(c.Kind, words), $"{MapText.Capitalized(words["Element." + c.ElementKind])} {c.ElementId}", c.Location, c.Describe(words) }),
            words["Page.Changes.None"]);
        return page.Close().ToString();
    }

    private static string ChangeWord(ChangeKind kind, JourneyLanguage words) => kind switch
    {
        ChangeKind.Added => words["Mark.Added"],
        ChangeKind.Removed => words["Mark.Removed"],
        ChangeKind.Moved or ChangeKind.Reordered => words["Mark.Moved"],
        _ => words["Mark.Changed"],
    };

    /// <summary>Writes a map as an HTML page in UTF-8 bytes, without a byte order mark.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The page's bytes.</returns>
    public byte[] SerializeToUtf8Bytes(JourneyMap map)
    {
        using var page = Page(map);
        return page.Close().Written.ToArray();
    }

    /// <summary>Writes a map as an HTML page, UTF-8 without a byte order mark.</summary>
    /// <param name="map">The map.</param>
    /// <param name="stream">The stream; it stays open.</param>
    public void Serialize(JourneyMap map, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var page = Page(map);
        stream.Write(page.Close().Written);
        stream.Flush();
    }

    /// <summary>Writes a map as an HTML page without blocking, UTF-8 without a byte order mark.</summary>
    /// <param name="map">The map.</param>
    /// <param name="stream">The stream; it stays open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the map is written.</returns>
    public ValueTask SerializeAsync(JourneyMap map, Stream stream, CancellationToken cancellationToken = default) =>
        FormatText.WriteAsync(SerializeToUtf8Bytes(map), stream, cancellationToken);

    private HtmlPage Page(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var words = JourneyLanguage.Choose(Options.Language, map);
        var page = new HtmlPage(map.Title, Options.Theme, words.Tag);
        page.Heading(1, map.Title).Paragraph(Facts(map, words), "muted");
        if (map.Description is { } description)
        {
            page.Paragraph(description);
        }

        Personas(page, map, words);
        using (var svg = SvgEmitter.Draw(map, Options))
        {
            page.Figure(svg, words.Format("Page.Figure", map.Title));
        }

        Details(page, map, words);
        if (Options.Charts != AnalysisCharts.None)
        {
            Charts(page, map, words);
        }

        return page;
    }

    /// <summary>Adds the section of the analysis' charts that <see cref="RenderOptions.Charts"/> asks for.</summary>
    private void Charts(HtmlPage page, JourneyMap map, JourneyLanguage words)
    {
        var analysis = map.Analyze();
        var charts = new JourneyAnalysisCharts { Options = Options };
        page.Heading(2, words["Chart.Section"]);
        foreach (var (chart, caption) in new[] { (AnalysisCharts.Funnel, "Chart.Funnel"), (AnalysisCharts.ValueEffortMatrix, "Chart.Matrix"), (AnalysisCharts.EmotionCurves, "Chart.Curves") })
        {
            if ((Options.Charts & chart) != 0)
            {
                using var svg = charts.Draw(chart, analysis, map);
                page.Figure(svg, words[caption]);
            }
        }
    }

    private static string Facts(JourneyMap map, JourneyLanguage words)
    {
        var facts = new List<string>();
        if (map.Revision is { } revision)
        {
            facts.Add(MapText.Revision(revision, words));
        }

        facts.Add(MapText.StagesAndSteps(map, words));
        facts.Add(MapText.KindAndAudience(map, words));
        if (map.NextReviewDue is { } due)
        {
            facts.Add(words.Format("Page.NextReview", MapText.Date(due)));
        }

        return string.Join(" · ", facts);
    }

    private static void Personas(HtmlPage page, JourneyMap map, JourneyLanguage words)
    {
        foreach (var persona in map.Personas)
        {
            page.Open("section", "persona").Heading(2, words.Format("Persona", persona.Name));
            if (persona.Segment is { } segment)
            {
                page.Paragraph(segment, "muted");
            }

            page.Facts(
                (words["Persona.Goals"], persona.Goals),
                (words["Persona.Needs"], persona.Needs),
                (words["Persona.Frustrations"], persona.Frustrations),
                (words["Persona.Behaviours"], persona.Behaviours),
                (words["Persona.About"], ValueList.From(persona.Demographics.Select(p => $"{p.Key}: {p.Value}"))));
            page.Close("section");
        }
    }

    private static void Details(HtmlPage page, JourneyMap map, JourneyLanguage words)
    {
        string Touchpoint(string id) => map.FindTouchpoint(id) is { } t ? t.ChannelId is { } c && map.FindChannel(c) is { } channel ? $"{t.Name} ({channel.Name})" : t.Name : id;
        page.Heading(2, words["Lane.Steps"]);
        page.Table(
            MapTables.StepHeaders(words, withStage: true),
            map.Stages.SelectMany(stage => stage.Steps.Select(step => new[]
            {
                stage.Name, step.Name + (step.Description is null ? "" : " — " + step.Description), MapText.Feelings(map, step),
                string.Join("; ", step.TouchpointIds.Select(Touchpoint)), string.Join("; ", step.Actions), string.Join("; ", step.Thoughts), MapTables.OwnerName(map, step.OwnerId ?? stage.OwnerId),
            })),
            words["Page.NoSteps"]);
        var tables = MapTables.Of(map, withStageMetrics: true, words);
        page.Heading(2, words["Page.PainPoints"]).Table(MapTables.PainPointHeaders(words), tables.PainPoints, words["Page.NoPainPoints"]);
        page.Heading(2, words["Page.Opportunities"]).Table(MapTables.OpportunityHeaders(words), tables.Opportunities, words["Page.NoOpportunities"]);
        page.Heading(2, words["Page.Metrics"]).Table(MapTables.MetricHeaders(words), tables.Metrics, words["Page.NoMetrics"]);
        page.Heading(2, words["Lane.BackStage"]).Table(MapTables.BackStageHeaders(words), tables.BackStage, words["Page.NoBackStage"]);
        if (tables.Evidence.Count > 0)
        {
            page.Heading(2, words["Page.Evidence"]).Table(MapTables.EvidenceHeaders(words), tables.Evidence, "");
        }

        if (!map.Transitions.IsEmpty)
        {
            page.Heading(2, words["Paths"]).Table(MapTables.PathHeaders(words), tables.Paths, "");
        }

        if (tables.Properties.Count > 0)
        {
            page.Heading(2, words["Page.Properties"]).Table(MapTables.PropertyHeaders(words), tables.Properties, "");
        }
    }
}
