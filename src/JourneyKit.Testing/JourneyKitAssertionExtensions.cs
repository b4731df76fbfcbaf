using JourneyKit.Diffing;
using JourneyKit.Testing.Assertions;
using JourneyKit.Validation;

namespace JourneyKit.Testing;

/// <summary>
/// The entry points of JourneyKit's assertions, FluentAssertions style: <c>map.Should().HaveStage("pay")</c>,
/// <c>report.Should().NotHaveErrors()</c>, <c>diff.Should().HaveNoRemovedPainPoints()</c>.
/// </summary>
public static class JourneyKitAssertionExtensions
{
    /// <summary>Starts assertions on a map.</summary>
    /// <param name="map">The map under test.</param>
    /// <returns>The map's assertions.</returns>
    public static JourneyMapAssertions Should(this JourneyMap? map) => new(map);

    /// <summary>Starts assertions on a stage.</summary>
    /// <param name="stage">The stage under test.</param>
    /// <returns>The stage's assertions.</returns>
    public static StageAssertions Should(this Stage? stage) => new(stage);

    /// <summary>Starts assertions on a step.</summary>
    /// <param name="step">The step under test.</param>
    /// <returns>The step's assertions.</returns>
    public static StepAssertions Should(this Step? step) => new(step);

    /// <summary>Starts assertions on a persona.</summary>
    /// <param name="persona">The persona under test.</param>
    /// <returns>The persona's assertions.</returns>
    public static PersonaAssertions Should(this Persona? persona) => new(persona);

    /// <summary>Starts assertions on a touchpoint.</summary>
    /// <param name="touchpoint">The touchpoint under test.</param>
    /// <returns>The touchpoint's assertions.</returns>
    public static TouchpointAssertions Should(this Touchpoint? touchpoint) => new(touchpoint);

    /// <summary>Starts assertions on a validation report.</summary>
    /// <param name="report">The report under test.</param>
    /// <returns>The report's assertions.</returns>
    public static ValidationReportAssertions Should(this ValidationReport? report) => new(report);

    /// <summary>Starts assertions on the changes between two revisions.</summary>
    /// <param name="diff">The diff under test.</param>
    /// <returns>The diff's assertions.</returns>
    public static JourneyDiffAssertions Should(this JourneyDiff? diff) => new(diff);

    /// <summary>Starts assertions on the changes between two revisions, with both revisions at hand (for metrics against their targets).</summary>
    /// <param name="summary">The summary under test.</param>
    /// <returns>The diff's assertions.</returns>
    public static JourneyDiffAssertions Should(this DiffSummary? summary) => new(summary);
}
