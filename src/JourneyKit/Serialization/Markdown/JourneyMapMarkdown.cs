using System.Globalization;
using System.Text;
using JourneyKit.Internal;
using JourneyKit.Rendering.Svg;
using JourneyKit.Serialization.Mermaid;

namespace JourneyKit.Serialization.Markdown;

/// <summary>
/// Writes a map as GitHub-flavoured Markdown for READMEs and wikis: the personas, the journey as an embedded Mermaid
/// diagram that GitHub draws, a table of steps per stage, pain points by severity, opportunities by priority, metrics,
/// the back stage and paths.
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
            facts.Add(MapPainter.RevisionText(revision));
        }

        facts.Add(string.Create(CultureInfo.InvariantCulture, $"{map.Stages.Count} stages, {map.Steps.Count()} steps"));
        facts.Add($"emotion scale {Score(map.EmotionScale.Min)} to {Score(map.EmotionScale.Max)}");
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

    /// <summary>Writes a map as Markdown, UTF-8 without a byte order mark.</summary>
    /// <param name="map">The map.</param>
    /// <param name="stream">The stream; it stays open.</param>
    public void Write(JourneyMap map, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Serialize(map)));
    }

    private static void Stages(StringBuilder md, JourneyMap map)
    {
        md.Append("## Stages\n\n");
        for (var i = 0; i < map.Stages.Count; i++)
        {
            var stage = map.Stages[i];
            md.Append("### ").Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(MarkdownText.Heading(stage.Name)).Append("\n\n");
            var facts = new List<string>();
            if (stage.OwnerId is { } owner)
            {
                facts.Add($"**Owner:** {MarkdownText.Escape(OwnerName(map, owner))}");
            }

            if (stage.Goal is { } goal)
            {
                facts.Add($"**Goal:** {MarkdownText.Escape(goal)}");
            }

            facts.AddRange(stage.Questions.Select(q => $"**Asks:** {MarkdownText.Escape(q)}"));
            facts.AddRange(stage.Metrics.Select(m => $"**Metric:** {MarkdownText.Escape(MapPainter.MetricText(m))}"));
            foreach (var fact in facts)
            {
                md.Append("- ").Append(fact).Append('\n');
            }

            md.Append(facts.Count > 0 ? "\n" : "");
            if (stage.Steps.IsEmpty)
            {
                md.Append("No steps yet.\n\n");
                continue;
            }

            Table(md, ["Step", "Feeling", "Touchpoints", "Doing", "Thinking", "Owner"], stage.Steps.Select(step => new[]
            {
                step.Name + (step.Description is null ? "" : " — " + step.Description) + (step.IsMilestone ? " (milestone)" : ""),
                string.Join("; ", step.Emotions.Select(e => (e.PersonaId is null ? "" : (map.FindPersona(e.PersonaId)?.Name ?? e.PersonaId) + ": ") + Score(e.Score) + (e.Label is null ? "" : " " + e.Label))),
                string.Join("; ", step.TouchpointIds.Select(id => map.FindTouchpoint(id)?.Name ?? id)),
                string.Join("; ", step.Actions),
                string.Join("; ", step.Thoughts),
                step.OwnerId is { } owner ? OwnerName(map, owner) : "",
            }));
        }
    }

    private static void Tables(StringBuilder md, JourneyMap map)
    {
        var steps = map.Stages.SelectMany(stage => stage.Steps.Select(step => (Stage: stage, Step: step))).ToList();
        var pains = steps.SelectMany(s => s.Step.PainPoints.Select(p => (s.Stage, s.Step, Pain: p))).OrderByDescending(p => p.Pain.Severity).ToList();
        if (pains.Count > 0)
        {
            md.Append("## Pain points, most severe first\n\n");
            Table(md, ["Severity", "Pain point", "Step", "Stage"], pains.Select(p => new[] { p.Pain.Severity.ToString(), p.Pain.Description, p.Step.Name, p.Stage.Name }));
        }

        var opportunities = steps.SelectMany(s => s.Step.Opportunities.Select(o => (s.Step, Opportunity: o)))
            .OrderByDescending(o => o.Opportunity.Impact).ThenBy(o => o.Opportunity.Effort).ToList();
        if (opportunities.Count > 0)
        {
            md.Append("## Opportunities, highest impact and lowest effort first\n\n");
            Table(md, ["Opportunity", "Impact", "Effort", "Status", "Addresses", "Step", "Owner"], opportunities.Select(o => new[]
            {
                o.Opportunity.Title + (o.Opportunity.Description is null ? "" : " — " + o.Opportunity.Description), o.Opportunity.Impact.ToString(), o.Opportunity.Effort.ToString(),
                MapPainter.StatusWord(o.Opportunity.Status), string.Join("; ", o.Opportunity.AddressedPainPointIds.Select(id => map.FindPainPoint(id)?.Description ?? id)),
                o.Step.Name, o.Opportunity.OwnerId is { } owner ? OwnerName(map, owner) : "",
            }));
        }

        var metrics = steps.SelectMany(s => s.Step.Metrics.Select(m => (Where: $"Step {s.Step.Name}", Metric: m))).ToList();
        if (metrics.Count > 0)
        {
            md.Append("## Step metrics\n\n");
            Table(md, ["Metric", "Where", "Value"], metrics.Select(m => new[] { m.Metric.Name, m.Where, MapPainter.MetricText(m.Metric) }));
        }

        var backStage = steps.SelectMany(s => s.Step.BackStage.Select(b => new[] { b.Name, b.Kind.ToString(), s.Step.Name, b.Description ?? "" })).ToList();
        if (backStage.Count > 0)
        {
            md.Append("## Back stage\n\n");
            Table(md, ["Item", "Kind", "Step", "Description"], backStage);
        }

        if (!map.Transitions.IsEmpty)
        {
            string StepName(string? id) => id is null ? "(leaves the journey)" : map.FindStep(id)?.Name ?? id;
            md.Append("## Paths\n\n");
            Table(md, ["Kind", "From", "To", "Label", "Share"], map.Transitions.Select(t => new[]
            {
                t.Kind.ToString(), StepName(t.FromStepId), StepName(t.ToStepId), t.Label ?? "", t.Share is { } share ? share.ToString("0.##%", CultureInfo.InvariantCulture) : "",
            }));
        }
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

    private static string OwnerName(JourneyMap map, string id) => map.FindOwner(id)?.Name ?? id;

    private static string Score(int score) => score.ToString("+0;-0;0", CultureInfo.InvariantCulture);

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
