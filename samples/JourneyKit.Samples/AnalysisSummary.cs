using System.Globalization;
using System.Text;
using JourneyKit.Analysis;

namespace JourneyKit.Samples;

/// <summary>Writes what a product manager asks of a map: where customers are lost, what hurts most, what to fix first.</summary>
public static class AnalysisSummary
{
    public static string Describe(JourneyMap map, JourneyAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(analysis);
        string Name(string stepId) => map.FindStep(stepId)?.Name ?? stepId;
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        var average = analysis.Routes.ExpectedStepCount is { } steps ? string.Create(inv, $", {steps:0.##} steps on average") : "";
        text.AppendLine(inv, $"Reading '{map.Title}': {analysis.Funnel.JourneyConversion:P1} complete the journey, over {analysis.Routes.Routes.Count} route(s){average}");
        foreach (var drop in analysis.Funnel.BiggestDropOffs)
        {
            text.AppendLine(inv, $"  Lost at '{Name(drop.StepId)}': {drop.Lost:P1} of all customers");
        }

        foreach (var moment in analysis.Moments.Take(3))
        {
            text.AppendLine(inv, $"  Hurts at '{Name(moment.StepId)}': score {moment.Score}, worst pain point {moment.WorstPainPoint?.ToString() ?? "none"}, hurt {moment.Hurt}");
        }

        foreach (var priority in analysis.Priorities.Take(3))
        {
            var title = map.Steps.SelectMany(s => s.Opportunities).First(o => o.Id == priority.OpportunityId).Title;
            text.AppendLine(inv, $"  Do: '{title}' ({priority.Quadrant}, eases {priority.EasedStepIds.Count} moment(s), relief {priority.Relief})");
        }

        foreach (var disagreement in analysis.Funnel.Disagreements)
        {
            text.AppendLine(inv, $"  Check '{disagreement.ElementId}': the shares say {disagreement.FromShares:P0}, the metric {disagreement.Measured:P0}");
        }

        return text.ToString().TrimEnd();
    }
}
