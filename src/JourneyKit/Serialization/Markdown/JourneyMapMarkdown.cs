using System.Globalization;
using System.Text;
using JourneyKit.Analysis;
using JourneyKit.Localization;
using JourneyKit.Presentation;
using JourneyKit.Rendering;
using JourneyKit.Rendering.Charts;
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
/// gives the same text. Immutable and thread-safe.
/// </remarks>
public sealed class JourneyMapMarkdown : IJourneyMapWriter
{
    internal const string FormatName = "markdown";

    private readonly AnalysisCharts _charts;

    /// <summary>Creates a Markdown writer; set <see cref="Language"/> to write in a language of your choosing.</summary>
    public JourneyMapMarkdown() => Format = new JourneyMapFormat(FormatName, [".md", ".markdown"], ["text/markdown"], null, this);

    /// <summary>Gets the Markdown writer that writes in each map's own language, or English.</summary>
    public static JourneyMapMarkdown Default { get; } = new();

    /// <summary>
    /// Gets the language of the headings, table headers and facts written around the map's own labels, or
    /// <see langword="null"/> (the default) for the map's own <see cref="JourneyMap.Language"/> when it is built in, and
    /// English otherwise. Set it in an object initializer: <c>new JourneyMapMarkdown { Language = JourneyLanguage.German }</c>.
    /// </summary>
    public JourneyLanguage? Language { get; init; }

    /// <summary>
    /// Gets the charts of the map's analysis to add after the tables, or <see cref="AnalysisCharts.None"/> (the default)
    /// for none. GitHub does not show SVG written inside Markdown, so each chart is written as the table it is drawn
    /// from, with headers in the <see cref="Language"/>: the funnel as each step's reach, loss and conversion; the
    /// value/effort matrix as the opportunities in priority order with their quadrants; the emotion curves as each
    /// step's score per persona. Set it in an object initializer: <c>new JourneyMapMarkdown { Charts = AnalysisCharts.All }</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a combination of <see cref="AnalysisCharts"/> values.</exception>
    public AnalysisCharts Charts
    {
        get => _charts;
        init => _charts = (value & ~AnalysisCharts.All) == 0 ? value : throw new ArgumentOutOfRangeException(nameof(Charts), value, "Not a combination of AnalysisCharts values.");
    }

    /// <summary>Gets the format descriptor, to add Markdown to a <see cref="JourneyMapFormats"/> registry.</summary>
    public JourneyMapFormat Format { get; }

    /// <summary>Writes a map as Markdown.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The Markdown text, with <c>\n</c> line ends.</returns>
    public string Serialize(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var words = JourneyLanguage.Choose(Language, map);
        var md = new StringBuilder();
        md.Append("# ").Append(MarkdownText.Heading(map.Title)).Append("\n\n");
        if (map.Description is { } description)
        {
            md.Append(MarkdownText.Line(description)).Append("\n\n");
        }

        var facts = new List<string>();
        if (map.Revision is { } revision)
        {
            facts.Add(MapText.Revision(revision, words));
        }

        facts.Add(MapText.StagesAndSteps(map, words));
        facts.Add(words.Format("Page.EmotionScale", MapText.Score(map.EmotionScale.Min), MapText.Score(map.EmotionScale.Max)));
        md.Append('*').Append(MarkdownText.Escape(string.Join(" · ", facts))).Append("*\n\n");

        foreach (var persona in map.Personas)
        {
            md.Append("## ").Append(MarkdownText.Heading(words.Format("Persona", persona.Name))).Append("\n\n");
            if (persona.Segment is { } segment)
            {
                md.Append(MarkdownText.Line(segment)).Append("\n\n");
            }

            var any = false;
            foreach (var (label, items) in new[] { (words["Persona.Goals"], persona.Goals), (words["Persona.Needs"], persona.Needs), (words["Persona.Frustrations"], persona.Frustrations), (words["Persona.Behaviours"], persona.Behaviours) })
            {
                if (!items.IsEmpty)
                {
                    md.Append("- **").Append(MarkdownText.Escape(label)).Append(":** ").Append(MarkdownText.Escape(string.Join("; ", items))).Append('\n');
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
        md.Append("## ").Append(MarkdownText.Heading(words["Page.Journey"])).Append("\n\n").Append(fence).Append("mermaid\n").Append(diagram).Append(fence).Append("\n\n");

        Stages(md, map, words);
        Tables(md, map, words);
        if (Charts != AnalysisCharts.None)
        {
            AnalysisTables(md, map, words, Charts);
        }

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

    private static void Stages(StringBuilder md, JourneyMap map, JourneyLanguage words)
    {
        md.Append("## ").Append(MarkdownText.Heading(words["Page.Stages"])).Append("\n\n");
        MapWalker.Walk(map, new StageSections(md, words));
    }

    /// <summary>Writes each stage's heading and facts, then the table of its steps, in one walk.</summary>
    private sealed class StageSections(StringBuilder md, JourneyLanguage words) : MapVisitor
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
                facts.Add(Fact(words["Header.Owner"], MapTables.OwnerName(place.Map, owner)));
            }

            if (stage.Goal is { } goal)
            {
                facts.Add(Fact(words["Page.Goal"], goal));
            }

            facts.AddRange(stage.Questions.Select(q => Fact(words["Page.Asks"], q)));
            facts.AddRange(stage.Metrics.Select(m => Fact(words["Header.Metric"], MapText.Metric(m, words))));
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
                step.Name + (step.Description is null ? "" : " — " + step.Description) + (step.IsMilestone ? " " + words["Page.Milestone"] : ""),
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
                md.Append(MarkdownText.Line(words["Page.NoStepsYet"])).Append("\n\n");
                return;
            }

            Table(md, MapTables.StepHeaders(words, withStage: false), _rows);
            _rows.Clear();
        }
    }

    private static void Tables(StringBuilder md, JourneyMap map, JourneyLanguage words)
    {
        void Section(string heading, string[] headers, List<string[]> rows)
        {
            if (rows.Count > 0)
            {
                md.Append("## ").Append(MarkdownText.Heading(words[heading])).Append("\n\n");
                Table(md, headers, rows);
            }
        }

        var tables = MapTables.Of(map, withStageMetrics: false, words);
        Section("Page.PainPoints", MapTables.PainPointHeaders(words), tables.PainPoints);
        Section("Page.Opportunities", MapTables.OpportunityHeaders(words), tables.Opportunities);
        Section("Page.StepMetrics", MapTables.MetricHeaders(words), tables.Metrics);
        Section("Lane.BackStage", MapTables.BackStageHeaders(words), tables.BackStage);
        Section("Page.Evidence", MapTables.EvidenceHeaders(words), tables.Evidence);
        Section("Paths", MapTables.PathHeaders(words), tables.Paths);
        Section("Page.Properties", MapTables.PropertyHeaders(words), tables.Properties);
    }

    /// <summary>Writes the tables the analysis' charts are drawn from, under one heading.</summary>
    private static void AnalysisTables(StringBuilder md, JourneyMap map, JourneyLanguage words, AnalysisCharts charts)
    {
        var analysis = map.Analyze();
        string Percent(decimal share) => words.Format("Chart.Percent", words.Number(Math.Round(share * 100, 1, MidpointRounding.AwayFromZero)));
        string StepName(string id) => map.FindStep(id)?.Name ?? id;
        void Section(string heading, string[] headers, List<string[]> rows, string empty, string? before = null)
        {
            md.Append("### ").Append(MarkdownText.Heading(words[heading])).Append("\n\n");
            if (before is not null)
            {
                md.Append(MarkdownText.Line(before)).Append("\n\n");
            }

            if (rows.Count == 0)
            {
                md.Append(MarkdownText.Line(words[empty])).Append("\n\n");
                return;
            }

            Table(md, headers, rows);
        }

        md.Append("## ").Append(MarkdownText.Heading(words["Chart.Section"])).Append("\n\n");
        if ((charts & AnalysisCharts.Funnel) != 0)
        {
            var funnel = analysis.Funnel;
            var dropOffs = funnel.BiggestDropOffs.Where(d => d.Lost > 0).Select(d => d.StepId).ToHashSet(StringComparer.Ordinal);
            Section(
                "Chart.Funnel",
                [words["Header.Stage"], words["Header.Step"], words["Chart.Header.Reach"], words["Chart.Header.Lost"], words["Chart.Header.Conversion"], words["Chart.Header.Measured"]],
                [.. funnel.Steps.Select(s => new[]
                {
                    map.FindStage(s.StageId)?.Name ?? s.StageId, StepName(s.StepId), Percent(s.Reach),
                    (dropOffs.Contains(s.StepId) ? "▼ " : "") + Percent(s.Lost), s.Conversion is { } c ? Percent(c) : "", s.MeasuredConversion is { } m ? Percent(m) : "",
                })],
                "Page.NoSteps",
                words.Format("Chart.Funnel.Conversion", Percent(funnel.JourneyConversion)));
        }

        if ((charts & AnalysisCharts.ValueEffortMatrix) != 0)
        {
            var titles = map.Steps.SelectMany(s => s.Opportunities).GroupBy(o => o.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);
            Section(
                "Chart.Matrix",
                [words["Chart.Header.Priority"], words["Header.Opportunity"], words["Header.Step"], words["Chart.Header.Quadrant"], words["Header.Impact"], words["Header.Effort"]],
                [.. analysis.Priorities.Select((p, i) => new[]
                {
                    (i + 1).ToString(CultureInfo.InvariantCulture), titles.GetValueOrDefault(p.OpportunityId, p.OpportunityId), StepName(p.StepId),
                    words["Chart.Quadrant." + p.Quadrant], MapText.Level(p.Impact, words), MapText.Level(p.Effort, words),
                })],
                "Page.NoOpportunities");
        }

        if ((charts & AnalysisCharts.EmotionCurves) != 0)
        {
            var curves = analysis.Coverage.PersonaCurves;
            var scores = curves.Select(c => c.Points.ToDictionary(p => p.StepId, p => p.Score, StringComparer.Ordinal)).ToList();
            string[] headers = curves.IsEmpty
                ? [words["Header.Step"], words["Chart.Curves.Everyone"]]
                : [words["Header.Step"], .. curves.Select(c => map.FindPersona(c.PersonaId)?.Name ?? c.PersonaId)];
            Section(
                "Chart.Curves",
                headers,
                [.. map.Steps.Select(step => curves.IsEmpty
                    ? new[] { step.Name, CurvesChart.StepScore(step) is { } s ? words.Number(s) : "" }
                    : [step.Name, .. scores.Select(d => d.TryGetValue(step.Id, out var s) ? words.Number(s) : "")])],
                "Page.NoSteps");
        }
    }

    /// <summary>A fact of a stage in bold and plain text: <c>**Owner:** Service design</c>.</summary>
    private static string Fact(string label, string text) => $"**{MarkdownText.Escape(label)}:** {MarkdownText.Escape(text)}";

    private static void Table(StringBuilder md, string[] headers, IEnumerable<string[]> rows)
    {
        md.Append("| ").Append(string.Join(" | ", headers.Select(MarkdownText.Escape))).Append(" |\n|").Append(string.Concat(headers.Select(_ => "---|"))).Append('\n');
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
