using System.Globalization;
using JourneyKit.Diffing;
using JourneyKit.Rendering.Svg;
using JourneyKit.Serialization;

namespace JourneyKit.Rendering;

/// <summary>
/// Writes a map as one self-contained HTML page: the SVG picture, the personas, and tables of steps, pain points by
/// severity, opportunities by priority, metrics, the back stage and paths. Also writes a visual diff of two revisions.
/// </summary>
/// <remarks>
/// The page needs nothing else: no scripts, fonts, images or style sheets are fetched, and a Content Security Policy
/// forbids any, so even text that got past escaping could not load or run anything. Every label is escaped. Wide maps
/// scroll on screen and shrink to the page width in print. The same map always gives the same bytes. Immutable and thread-safe.
/// </remarks>
public sealed class JourneyMapHtml : IJourneyMapWriter
{
    internal const string FormatName = "html";

    /// <summary>Creates an HTML writer.</summary>
    /// <param name="options">How to draw the picture; <see cref="RenderOptions.Default"/> when <see langword="null"/>.</param>
    public JourneyMapHtml(RenderOptions? options = null)
    {
        Options = options ?? RenderOptions.Default;
        Format = new JourneyMapFormat(FormatName, [".html", ".htm"], ["text/html"], null, this);
    }

    /// <summary>Gets the HTML writer with the default options.</summary>
    public static JourneyMapHtml Default { get; } = new();

    /// <summary>Gets how this writer draws the picture.</summary>
    public RenderOptions Options { get; }

    /// <summary>Gets the format descriptor, to add HTML to a <see cref="JourneyMapFormats"/> registry.</summary>
    public JourneyMapFormat Format { get; }

    /// <summary>Writes a map as an HTML page.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The page.</returns>
    public string Render(JourneyMap map)
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
        var diff = JourneyDiff.Compare(before, after, diffOptions);
        using var page = new HtmlPage($"Changes: {after.Title}", Options.Theme);
        page.Heading(1, $"Changes to {after.Title}")
            .Paragraph($"From {(before.Revision is { } b ? MapPainter.RevisionText(b) : "the earlier revision")} to {(after.Revision is { } a ? MapPainter.RevisionText(a) : "the later revision")}: {Count(diff.Changes.Count, "change")}.", "muted")
            .Legend();
        using (var svg = MapPainter.PaintDiff(before, after, diff, Options))
        {
            page.Figure(svg, $"The journey map of {after.Title} with the changes since the earlier revision marked");
        }

        page.Heading(2, "Every change");
        page.Table(
            ["Change", "Element", "Where", "What"],
            diff.Changes.Select(c => new[] { c.Kind.ToString(), $"{c.ElementKind} {c.ElementId}", c.Location, c.Description }),
            "No changes: the two revisions are the same.");
        return page.Close().ToString();
    }

    /// <summary>Writes a map as an HTML page, UTF-8 without a byte order mark.</summary>
    /// <param name="map">The map.</param>
    /// <param name="stream">The stream; it stays open.</param>
    public void Write(JourneyMap map, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var page = Page(map);
        stream.Write(page.Close().Written);
    }

    private HtmlPage Page(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var page = new HtmlPage(map.Title, Options.Theme);
        page.Heading(1, map.Title).Paragraph(Facts(map), "muted");
        if (map.Description is { } description)
        {
            page.Paragraph(description);
        }

        Personas(page, map);
        using (var svg = MapPainter.Paint(map, Options))
        {
            page.Figure(svg, $"The journey map of {map.Title}");
        }

        Details(page, map);
        return page;
    }

    private static string Facts(JourneyMap map)
    {
        var facts = new List<string>();
        if (map.Revision is { } revision)
        {
            facts.Add(MapPainter.RevisionText(revision));
        }

        facts.Add($"{Count(map.Stages.Count, "stage")}, {Count(map.Steps.Count(), "step")}");
        facts.Add($"{map.Kind} journey, {map.Audience}");
        if (map.NextReviewDue is { } due)
        {
            facts.Add("next review due " + due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return string.Join(" · ", facts);
    }

    private static void Personas(HtmlPage page, JourneyMap map)
    {
        foreach (var persona in map.Personas)
        {
            page.Open("section", "persona").Heading(2, $"Persona: {persona.Name}");
            if (persona.Segment is { } segment)
            {
                page.Paragraph(segment, "muted");
            }

            page.Facts(
                ("Goals", persona.Goals),
                ("Needs", persona.Needs),
                ("Frustrations", persona.Frustrations),
                ("Behaviours", persona.Behaviours),
                ("About", ValueList.From(persona.Demographics.Select(p => $"{p.Key}: {p.Value}"))));
            page.Close("section");
        }
    }

    private static void Details(HtmlPage page, JourneyMap map)
    {
        string Owner(string? id) => id is null ? "" : map.FindOwner(id)?.Name ?? id;
        string Touchpoint(string id) => map.FindTouchpoint(id) is { } t ? t.ChannelId is { } c && map.FindChannel(c) is { } channel ? $"{t.Name} ({channel.Name})" : t.Name : id;
        string Feeling(Step step) => string.Join("; ", step.Emotions.Select(e =>
            (e.PersonaId is null ? "" : (map.FindPersona(e.PersonaId)?.Name ?? e.PersonaId) + ": ") + e.Score.ToString("+0;-0;0", CultureInfo.InvariantCulture) + (e.Label is null ? "" : " " + e.Label)));
        var steps = map.Stages.SelectMany(stage => stage.Steps.Select(step => (Stage: stage, Step: step))).ToList();

        page.Heading(2, "Steps");
        page.Table(
            ["Stage", "Step", "Feeling", "Touchpoints", "Doing", "Thinking", "Owner"],
            steps.Select(s => new[]
            {
                s.Stage.Name, s.Step.Name + (s.Step.Description is null ? "" : " — " + s.Step.Description), Feeling(s.Step),
                string.Join("; ", s.Step.TouchpointIds.Select(Touchpoint)), string.Join("; ", s.Step.Actions), string.Join("; ", s.Step.Thoughts), Owner(s.Step.OwnerId ?? s.Stage.OwnerId),
            }),
            "The map has no steps.");

        page.Heading(2, "Pain points, most severe first");
        page.Table(
            ["Severity", "Pain point", "Step", "Stage"],
            steps.SelectMany(s => s.Step.PainPoints.Select(p => (s.Stage, s.Step, Pain: p))).OrderByDescending(p => p.Pain.Severity)
                .Select(p => new[] { p.Pain.Severity.ToString(), p.Pain.Description, p.Step.Name, p.Stage.Name }),
            "No pain points.");

        page.Heading(2, "Opportunities, highest impact and lowest effort first");
        page.Table(
            ["Opportunity", "Impact", "Effort", "Status", "Addresses", "Step", "Owner"],
            steps.SelectMany(s => s.Step.Opportunities.Select(o => (s.Step, Opportunity: o))).OrderByDescending(o => o.Opportunity.Impact).ThenBy(o => o.Opportunity.Effort)
                .Select(o => new[]
                {
                    o.Opportunity.Title + (o.Opportunity.Description is null ? "" : " — " + o.Opportunity.Description), o.Opportunity.Impact.ToString(), o.Opportunity.Effort.ToString(),
                    MapPainter.StatusWord(o.Opportunity.Status), string.Join("; ", o.Opportunity.AddressedPainPointIds.Select(id => map.FindPainPoint(id)?.Description ?? id)),
                    o.Step.Name, Owner(o.Opportunity.OwnerId),
                }),
            "No opportunities.");

        page.Heading(2, "Metrics");
        page.Table(
            ["Metric", "Where", "Value"],
            map.Stages.SelectMany(stage => stage.Metrics.Select(m => (Where: $"Stage {stage.Name}", Metric: m))
                .Concat(stage.Steps.SelectMany(step => step.Metrics.Select(m => (Where: $"Step {step.Name}", Metric: m)))))
                .Select(m => new[] { m.Metric.Name, m.Where, MapPainter.MetricText(m.Metric) }),
            "No metrics.");

        page.Heading(2, "Back stage");
        page.Table(
            ["Item", "Kind", "Step", "Description"],
            steps.SelectMany(s => s.Step.BackStage.Select(b => new[] { b.Name, b.Kind.ToString(), s.Step.Name, b.Description ?? "" })),
            "No back-stage items.");

        if (!map.Transitions.IsEmpty)
        {
            string StepName(string? id) => id is null ? "(leaves the journey)" : map.FindStep(id)?.Name ?? id;
            page.Heading(2, "Paths");
            page.Table(
                ["Kind", "From", "To", "Label", "Share"],
                map.Transitions.Select(t => new[] { t.Kind.ToString(), StepName(t.FromStepId), StepName(t.ToStepId), t.Label ?? "", t.Share is { } share ? share.ToString("0.##%", CultureInfo.InvariantCulture) : "" }),
                "");
        }
    }

    private static string Count(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
