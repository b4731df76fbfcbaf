using FluentAssertions;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FluentAssertions.Execution;
using JourneyKit.Testing.Equivalency;

namespace JourneyKit.Testing.Assertions;

/// <summary>The checks the element assertions share, with their failure messages.</summary>
internal static class ElementChecks
{
    /// <summary>Fails when there is no element to check; returns whether there is one.</summary>
    [CustomAssertion]
    public static bool HasSubject<T>([NotNullWhen(true)] T? subject, string kind, string because, object[] becauseArgs)
        where T : class =>
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(subject is not null)
            .FailWith("Expected a {0}{reason}, but found <null>.", new Verbatim(kind));

    [CustomAssertion]
    public static void HaveOwner(string? actual, string expected, string element, string because, object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(expected);
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(string.Equals(actual, expected, StringComparison.Ordinal))
            .FailWith("Expected {0} to be owned by {1}{reason}, but {2}.",
                new Verbatim(element), expected, new Verbatim(actual is null ? "it has no owner" : $"its owner is \"{actual}\""));
    }

    /// <summary>The element with this id, or a failure that lists the ids there are.</summary>
    [CustomAssertion]
    public static T? Find<T>(IEnumerable<T> items, string id, Func<T, string> idOf, Func<T, string> describe, string kind, string owner, string because, object[] becauseArgs)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(id);
        var found = items.FirstOrDefault(item => idOf(item) == id);
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(found is not null)
            .FailWith("Expected {0} to have {1}{reason}, but it has none with that id; its {2}s are {3}.",
                new Verbatim(owner), new Verbatim($"{kind} \"{id}\""), new Verbatim(kind), new Verbatim(Listing.Of(items, describe)));
        return found;
    }

    [CustomAssertion]
    public static Metric? MetricMeetingTarget(IEnumerable<Metric> metrics, string metricId, string owner, string because, object[] becauseArgs)
    {
        var metric = Find(metrics, metricId, m => m.Id, m => Listing.Named(m.Id, m.Name), "metric", owner, because, becauseArgs);
        if (metric is not null)
        {
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(metric.MeetsTarget == true)
                .FailWith("Expected metric {0} of {1} to meet its target{reason}, but {2}.",
                    new Verbatim(Listing.Named(metric.Id, metric.Name)), new Verbatim(owner), new Verbatim(WhyNotMet(metric)));
        }

        return metric;
    }

    private static string WhyNotMet(Metric metric)
    {
        if (metric.Target is not { } target)
        {
            return "it has no target";
        }

        if (metric.Actual is not { } actual)
        {
            return "it has no actual value";
        }

        var unit = metric.Unit is null ? "" : " " + metric.Unit;
        var side = metric.Direction == MetricDirection.HigherIsBetter ? "below" : "above";
        return string.Create(CultureInfo.InvariantCulture, $"its actual value {actual}{unit} is {side} the target {target}{unit}");
    }
}
