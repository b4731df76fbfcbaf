using System.Text;
using System.Text.Json;
using JourneyKit.Analysis;

namespace JourneyKit.Serialization.Json;

/// <summary>
/// Writes an analysis as JSON in a documented, versioned shape (see docs/analysis-json.md and
/// <c>journeyanalysis.v1.schema.json</c>), for dashboards, reports and tools outside .NET.
/// </summary>
/// <remarks>
/// <para>
/// Writing only: an analysis is read from its map (<see cref="JourneyAnalysis.Of"/>), so there is no reader; keep the map
/// and analyse it again. Properties are camelCase in a fixed order, enums are camelCase words, figures are JSON numbers
/// written exactly as the decimals print (invariant), durations are ISO 8601 (<c>PT2H30M</c>), optional values that are
/// <see langword="null"/> are left out, and lists are always written, empty or not. The first properties are
/// <c>analysisVersion</c> and <c>mapId</c>.
/// </para>
/// <para>
/// UTF-8 without a byte order mark, lines ended with <c>\n</c> (and a last one when indented): the same analysis always
/// gives the same bytes. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class JourneyAnalysisJson
{
    /// <summary>The version of the shape this library writes, in the <c>analysisVersion</c> property.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Gets the format that writes indented JSON.</summary>
    public static JourneyAnalysisJson Default { get; } = new();

    /// <summary>
    /// Gets the JSON Schema (draft 2020-12) of the documents this version writes, the text of
    /// <c>journeyanalysis.v1.schema.json</c>, for tools outside .NET.
    /// </summary>
    public static string Schema => EmbeddedSchema.Text;

    /// <summary>Gets whether analyses are written as two-space indented lines for people to read (the default) or as one compact line.</summary>
    public bool Indented { get; init; } = true;

    /// <summary>Writes an analysis as JSON text.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The JSON text.</returns>
    public string Serialize(JourneyAnalysis analysis) => Encoding.UTF8.GetString(SerializeToUtf8Bytes(analysis));

    /// <summary>Writes an analysis as UTF-8 JSON bytes.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The JSON document's bytes.</returns>
    public byte[] SerializeToUtf8Bytes(JourneyAnalysis analysis)
    {
        using var stream = new MemoryStream();
        Serialize(analysis, stream);
        return stream.ToArray();
    }

    /// <summary>Writes an analysis as UTF-8 JSON to a stream.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="stream">The stream to write to; it stays open.</param>
    public void Serialize(JourneyAnalysis analysis, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(stream);
        using (var writer = new Utf8JsonWriter(stream, JsonMapWriter.WriterOptions(Indented)))
        {
            WriteAnalysis(writer, analysis);
        }

        if (Indented)
        {
            stream.Write("\n"u8);
        }

        stream.Flush();
    }

    /// <summary>Writes an analysis as UTF-8 JSON to a stream without blocking.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="stream">The stream to write to; it stays open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the analysis is written.</returns>
    public ValueTask SerializeAsync(JourneyAnalysis analysis, Stream stream, CancellationToken cancellationToken = default) =>
        FormatText.WriteAsync(SerializeToUtf8Bytes(analysis), stream, cancellationToken);

    private static void WriteAnalysis(Utf8JsonWriter writer, JourneyAnalysis analysis)
    {
        writer.WriteStartObject();
        writer.WriteNumber("analysisVersion", CurrentSchemaVersion);
        writer.WriteString("mapId", analysis.MapId);
        WriteRoutes(writer, analysis.Routes);
        WriteIds(writer, "unreachableStepIds", analysis.UnreachableStepIds);
        WriteIds(writer, "deadEndStepIds", analysis.DeadEndStepIds);
        WriteFunnel(writer, analysis.Funnel);
        writer.WriteStartArray("moments");
        foreach (var moment in analysis.Moments)
        {
            writer.WriteStartObject();
            writer.WriteString("stepId", moment.StepId);
            writer.WriteString("stageId", moment.StageId);
            writer.WriteNumber("score", moment.Score);
            writer.WriteNumber("depth", moment.Depth);
            if (moment.WorstPainPoint is { } severity)
            {
                writer.WriteString("worstPainPoint", JsonVocabulary.Severities.Encode(severity));
            }

            writer.WriteNumber("reach", moment.Reach);
            writer.WriteNumber("hurt", moment.Hurt);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WritePoint(writer, "peak", analysis.Peak);
        WritePoint(writer, "end", analysis.End);
        writer.WriteStartArray("priorities");
        foreach (var priority in analysis.Priorities)
        {
            writer.WriteStartObject();
            writer.WriteString("opportunityId", priority.OpportunityId);
            writer.WriteString("stepId", priority.StepId);
            writer.WriteString("quadrant", JsonVocabulary.Quadrants.Encode(priority.Quadrant));
            writer.WriteString("impact", JsonVocabulary.Levels.Encode(priority.Impact));
            writer.WriteString("effort", JsonVocabulary.Levels.Encode(priority.Effort));
            WriteIds(writer, "painPointIds", priority.PainPointIds);
            WriteIds(writer, "easedStepIds", priority.EasedStepIds);
            writer.WriteNumber("relief", priority.Relief);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteCoverage(writer, analysis.Coverage);
        writer.WriteEndObject();
    }

    private static void WriteRoutes(Utf8JsonWriter writer, RouteListing listing)
    {
        writer.WriteStartObject("routes");
        writer.WriteBoolean("isTruncated", listing.IsTruncated);
        writer.WriteNumber("coveredProbability", listing.CoveredProbability);
        Optional(writer, "expectedStepCount", listing.ExpectedStepCount);
        Optional(writer, "expectedDuration", listing.ExpectedDuration);
        writer.WriteStartArray("routes");
        foreach (var route in listing.Routes)
        {
            writer.WriteStartObject();
            writer.WriteNumber("probability", route.Probability);
            writer.WriteString("end", JsonVocabulary.RouteEnds.Encode(route.End));
            writer.WriteNumber("stepCount", route.StepCount);
            Optional(writer, "duration", route.Duration);
            writer.WriteStartArray("legs");
            foreach (var leg in route.Legs)
            {
                writer.WriteStartObject();
                writer.WriteString("firstStepId", leg.FirstStepId);
                writer.WriteString("lastStepId", leg.LastStepId);
                writer.WriteNumber("stepCount", leg.StepCount);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteFunnel(Utf8JsonWriter writer, Funnel funnel)
    {
        writer.WriteStartObject("funnel");
        writer.WriteNumber("journeyConversion", funnel.JourneyConversion);
        WriteFunnelSteps(writer, "steps", funnel.Steps);
        writer.WriteStartArray("stages");
        foreach (var stage in funnel.Stages)
        {
            writer.WriteStartObject();
            writer.WriteString("stageId", stage.StageId);
            writer.WriteNumber("entering", stage.Entering);
            writer.WriteNumber("goingOn", stage.GoingOn);
            Optional(writer, "conversion", stage.Conversion);
            Optional(writer, "measuredConversion", stage.MeasuredConversion);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteFunnelSteps(writer, "biggestDropOffs", funnel.BiggestDropOffs);
        writer.WriteStartArray("disagreements");
        foreach (var disagreement in funnel.Disagreements)
        {
            writer.WriteStartObject();
            writer.WriteString("elementId", disagreement.ElementId);
            writer.WriteString("metricId", disagreement.MetricId);
            writer.WriteNumber("fromShares", disagreement.FromShares);
            writer.WriteNumber("measured", disagreement.Measured);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteFunnelSteps(Utf8JsonWriter writer, string name, ValueList<FunnelStep> steps)
    {
        writer.WriteStartArray(name);
        foreach (var step in steps)
        {
            writer.WriteStartObject();
            writer.WriteString("stepId", step.StepId);
            writer.WriteString("stageId", step.StageId);
            writer.WriteNumber("reach", step.Reach);
            writer.WriteNumber("lost", step.Lost);
            Optional(writer, "conversion", step.Conversion);
            Optional(writer, "measuredConversion", step.MeasuredConversion);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteCoverage(Utf8JsonWriter writer, Coverage coverage)
    {
        writer.WriteStartObject("coverage");
        writer.WriteStartArray("stages");
        foreach (var stage in coverage.Stages)
        {
            writer.WriteStartObject();
            writer.WriteString("stageId", stage.StageId);
            WriteIds(writer, "channelIds", stage.ChannelIds);
            writer.WriteNumber("stepsWithoutTouchpoint", stage.StepsWithoutTouchpoint);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteIds(writer, "touchpointsWithoutChannel", coverage.TouchpointsWithoutChannel);
        writer.WriteStartArray("owners");
        foreach (var owner in coverage.Owners)
        {
            writer.WriteStartObject();
            writer.WriteString("ownerId", owner.OwnerId);
            writer.WriteNumber("stepCount", owner.StepCount);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteIds(writer, "stagesWithoutMetrics", coverage.StagesWithoutMetrics);
        writer.WriteStartArray("personaCurves");
        foreach (var curve in coverage.PersonaCurves)
        {
            writer.WriteStartObject();
            writer.WriteString("personaId", curve.PersonaId);
            writer.WriteStartArray("points");
            foreach (var point in curve.Points)
            {
                WritePoint(writer, null, point);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes a point of the emotion curve as a property (or an array item when <paramref name="name"/> is null); nothing when there is none.</summary>
    private static void WritePoint(Utf8JsonWriter writer, string? name, EmotionPoint? point)
    {
        if (point is null)
        {
            return;
        }

        if (name is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(name);
        }

        writer.WriteString("stepId", point.StepId);
        writer.WriteNumber("score", point.Score);
        writer.WriteEndObject();
    }

    private static void WriteIds(Utf8JsonWriter writer, string name, ValueList<string> ids)
    {
        writer.WriteStartArray(name);
        foreach (var id in ids)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static void Optional(Utf8JsonWriter writer, string name, TimeSpan? value)
    {
        if (value is { } duration)
        {
            writer.WriteString(name, IsoDuration.Format(duration));
        }
    }

    /// <summary>Loads the schema on first use only.</summary>
    private static class EmbeddedSchema
    {
        public static readonly string Text = Load();

        private static string Load()
        {
            using var stream = typeof(JourneyAnalysisJson).Assembly.GetManifestResourceStream("JourneyKit.journeyanalysis.v1.schema.json")!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        }
    }
}
