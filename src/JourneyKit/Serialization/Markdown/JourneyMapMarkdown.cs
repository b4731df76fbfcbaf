using System.Globalization;
using System.Text;
using JourneyKit.Presentation;
using JourneyKit.Serialization.Mermaid;
using JourneyKit.Walking;

namespace JourneyKit.Serialization.Markdown;

/// <summary>
/// Writes a map as GitHub-flavoured Markdown for READMEs and wikis: the personas, the journey as an embedded Mermaid
/// diagram that GitHub draws, a table of steps per stage, pain points by severity, opportunities by priority, metrics,
/// the back stage, evidence, paths and the custom properties of every element.
/// </summary>
/// <remarks>
/// Every piece of user text is escaped so that it shows as written and never becomes markup: emphasis, code, links,
/// bare addresses GitHub would link, HTML, table pipes, and line starts that would make headings or lists. The Mermaid
/// block is fenced with more backticks than any run in it. A one-way export: there is no reader. The same map always
/// gives the same text. Stateless and thread-safe.
/// </remarks>
public sealed class JourneyMapMarkdown : IJourneyMapWriter
{
    internal const string FormatName = "markdown";

    private JourneyMapMarkdown() => Format = new JourneyMapFormat(FormatName, [".md", ".markdown"], ["text/markdown"], null, this);

    /// <summary>Gets the Markdown writer.</summary>
    public static JourneyMapMarkdown Default { get; } = new();

    /// <summary>Gets the format descriptor, to add Markdown to a <see cref="JourneyMapFormats"/> registry.</summary>
    public JourneyMapFormat Format { get; }

    /// <summary>Writes a map as Markdown.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The Markdown text, with <c>\n</c> line ends.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "An instance member like every format's.")]
    public string Serialize(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var md = new StringBuilder();
        md.Append("# ").Append(MarkdownText.Heading(map.Title)).Append("\n\n");
        if (map.Description is { } description)
        {
            md.Append(MarkdownText.Line(description)).Append("\n\n");
        }

        var facts = new List<string>();
        if (map.Revision is { } revision)
        {
            facts.Add(MapText.Revision(revision));
        }

        facts.Add(string.Create(CultureInfo.InvariantCulture, $"{map.Stages.Count} stages, {map.Steps.Count} steps"));
        facts.Add($"emotion scale {MapText.Score(map.EmotionScale.Min)} to {MapText.Score(map.EmotionScale.Max)}");
        md.Append('*').Append(MarkdownText.Escape(string.Join(" · ", facts))).Append("*\n\n");

        foreach (var persona in map.Personas)
        {
            md.Append("## Persona: ").Append(MarkdownText.Heading(persona.Name)).Append("\n\n");
            if (persona.Segment is { } segment)
            {
                md.Append(MarkdownText.Line(segment)).Append("\n\n");
            }

            var any = false;
            foreach (var (label, items) in new[] { ("Goals", persona.Goals), ("Needs", persona.Needs), ("Frustrations", persona.Frustrations), ("Behaviours", persona.Behaviours) })
            {
                if (!items.IsEmpty)
                {
                    md.Append("- **").Append(label).Append(":** ").Append(MarkdownText.Escape(string.Join("; ", items))).Append('\n');
                    any = true;
                }
            }

            foreach (var (key, value) in persona.Demographics)
            {
                md.Append("- **").Append(MarkdownText.Escape(key)).Append(":** ").Append(MarkdownText.Escape(value)).Append('\n');
                any = true;
            }

            md.Append(any ? "\n" : "");
        }

        var diagram = JourneyMapMermaid.Default.Serialize(map);
        var fence = new string('`', Math.Max(3, LongestRun(diagram, '`') + 1));
        md.Append("## Journey\n\n").Append(fence).Append("mermaid\n").Append(diagram).Append(fence).Append("\n\n");

        Stages(md, map);
        Tables(md, map);
        return md.ToString();
    }

    /// <summary>Writes a map as UTF-8 Markdown bytes, without a byte order mark.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The bytes.</returns>
    public byte[] SerializeToUtf8Bytes(JourneyMap map) => FormatText.Bytes(Serialize(map));

    /// <summary>Writes a map to a stream as UTF-8 Markdown, without a byte order mark.</summary>
    /// <param name="map">The map.</param>
    /// <param name="stream">The stream; it stays open.</param>
    public void Serialize(JourneyMap map, Stream stream) => FormatText.Write(Serialize(map), stream);

    /// <summary>Writes a map to a stream as UTF-8 Markdown, without a byte order mark and without blocking.</summary>
    /// <param name="map">The map.</param>
    /// <param name="stream">The stream; it stays open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the map is written.</returns>
    public ValueTask SerializeAsync(JourneyMap map, Stream stream, CancellationToken cancellationToken = default) => FormatText.WriteAsync(Serialize(map), stream, cancellationToken);

    private static void Stages(StringBuilder md, JourneyMap map)
    {
        md.Append("## Stages\n\n");
        MapWalker.Walk(map, new StageSections(md));
    }

    /// <summary>Writes each stage's heading and facts, then the table of its steps, in one walk.</summary>
    private sealed class StageSections(StringBuilder md) : MapVisitor
    {
        private readonly List<string[]> _rows = [];
        private int _stages;

        public override bool Visits(ElementKind kind) => kind is ElementKind.Stage or ElementKind.Step;

        public override void VisitStage(Stage stage, in MapPlace place)
        {
            EndStage();
            md.Append("### ").Append((++_stages).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(MarkdownText.Heading(stage.Name)).Append("\n\n");
            var facts = new List<string>();
            if (stage.OwnerId is { } owner)
            {
                facts.Add($"**Owner:** {MarkdownText.Escape(MapTables.OwnerName(place.Map, owner))}");
            }

            if (stage.Goal is { } goal)
            {
                facts.Add($"**Goal:** {MarkdownText.Escape(goal)}");
            }

            facts.AddRange(stage.Questions.Select(q => $"**Asks:** {MarkdownText.Escape(q)}"));
            facts.AddRange(stage.Metrics.Select(m => $"**Metric:** {MarkdownText.Escape(MapText.Metric(m))}"));
            foreach (var fact in facts)
            {
                md.Append("- ").Append(fact).Append('\n');
            }

            md.Append(facts.Count > 0 ? "\n" : "");
        }

        public override void VisitStep(Step step, in MapPlace place)
        {
            var map = place.Map;
            _rows.Add(
            [
                step.Name + (step.Description is null ? "" : " — " + step.Description) + (step.IsMilestone ? " (milestone)" : ""),
                MapText.Feelings(map, step),
                string.Join("; ", step.TouchpointIds.Select(id => map.FindTouchpoint(id)?.Name ?? id)),
                string.Join("; ", step.Actions),
                string.Join("; ", step.Thoughts),
                MapTables.OwnerName(map, step.OwnerId),
            ]);
        }

        public override void EndMap(JourneyMap map) => EndStage();

        private void EndStage()
        {
            if (_stages == 0)
            {
                return;
            }

            if (_rows.Count == 0)
            {
                md.Append("No steps yet.\n\n");
                return;
            }

            Table(md, ["Step", "Feeling", "Touchpoints", "Doing", "Thinking", "Owner"], _rows);
            _rows.Clear();
        }
    }

    private static void Tables(StringBuilder md, JourneyMap map)
    {
        void Section(string heading, string[] headers, List<string[]> rows)
        {
            if (rows.Count > 0)
            {
                md.Append("## ").Append(heading).Append("\n\n");
                Table(md, headers, rows);
            }
        }

        var tables = MapTables.Of(map, withStageMetrics: false);
        Section("Pain points, most severe first", MapTables.PainPointHeaders, tables.PainPoints);
        Section("Opportunities, highest impact and lowest effort first", MapTables.OpportunityHeaders, tables.Opportunities);
        Section("Step metrics", MapTables.MetricHeaders, tables.Metrics);
        Section("Back stage", MapTables.BackStageHeaders, tables.BackStage);
        Section("Evidence", MapTables.EvidenceHeaders, tables.Evidence);
        Section("Paths", MapTables.PathHeaders, tables.Paths);
        Section("Custom properties", MapTables.PropertyHeaders, tables.Properties);
    }

    private static void Table(StringBuilder md, string[] headers, IEnumerable<string[]> rows)
    {
        md.Append("| ").Append(string.Join(" | ", headers)).Append(" |\n|").Append(string.Concat(headers.Select(_ => "---|"))).Append('\n');
        foreach (var row in rows)
        {
            md.Append('|');
            foreach (var cell in row)
            {
                md.Append(' ').Append(MarkdownText.Escape(cell)).Append(" |");
            }

            md.Append('\n');
        }

        md.Append('\n');
    }

    private static int LongestRun(string text, char c)
    {
        var (longest, run) = (0, 0);
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
