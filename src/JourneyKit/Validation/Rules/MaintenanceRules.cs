using System.Globalization;

namespace JourneyKit.Validation.Rules;

internal sealed class ReviewOverdueRule() : WalkingRule("JK1025", IssueSeverity.Warning, RuleCategory.Maintenance)
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
            ReportVariant(context, ValidationLocation.Of(map).Property("lastReviewedOn"), "NoReview", map.Title, map.Id, days);
        }
        else if (map.NextReviewDue is { } due && due < today)
        {
            var overdue = today.DayNumber - due.DayNumber;
            var location = ValidationLocation.Of(map).Property("lastReviewedOn");
            ReportCount(context, location, overdue, map.Title, map.Id, Date(map.LastReviewedOn!.Value), days, Date(due), overdue);
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
