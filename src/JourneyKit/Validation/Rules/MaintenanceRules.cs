using System.Globalization;

namespace JourneyKit.Validation.Rules;

internal sealed class ReviewOverdueRule() : WalkingRule(
    "JK1025", "Map is past its review date", IssueSeverity.Warning, RuleCategory.Maintenance,
    "A journey map is a living document; one nobody has reviewed on its agreed cadence no longer describes what customers go through.",
    "Review the map with its owners, then record the date with .LastReviewedOn(date) or WithLastReviewedOn(date).")
{
    public override void Begin(RuleContext context)
    {
        var map = context.Map;
        if (map.ReviewCadence is not { } cadence)
        {
            return;
        }

        var today = DateOnly.FromDateTime(context.Now.UtcDateTime);
        var days = (int)Math.Ceiling(cadence.TotalDays);
        if (map.LastReviewedOn is null)
        {
            context.Report(ValidationLocation.Of(map).Property("lastReviewedOn"), $"Map '{map.Title}' ({map.Id}) should be reviewed every {days} days but has no recorded review; review it and record the date with .LastReviewedOn(date).");
        }
        else if (map.NextReviewDue is { } due && due < today)
        {
            var overdue = today.DayNumber - due.DayNumber;
            context.Report(ValidationLocation.Of(map).Property("lastReviewedOn"), string.Create(CultureInfo.InvariantCulture, $"Map '{map.Title}' ({map.Id}) was last reviewed on {map.LastReviewedOn:yyyy-MM-dd}; with a review every {days} days it was due on {due:yyyy-MM-dd}, {overdue} day{(overdue == 1 ? "" : "s")} ago. Review it and record the date with .LastReviewedOn(date)."));
        }
    }
}
