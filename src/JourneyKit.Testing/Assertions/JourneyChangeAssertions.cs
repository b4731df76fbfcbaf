using FluentAssertions;
using FluentAssertions.Execution;
using JourneyKit.Diffing;
using JourneyKit.Testing.Equivalency;

namespace JourneyKit.Testing.Assertions;

/// <summary>
/// Assertions on the changes of one kind in a diff, narrowed step by step:
/// <c>diff.Should().ContainChange(ChangeKind.Removed).For("queues")</c>.
/// </summary>
public sealed class JourneyChangeAssertions
{
    private readonly List<JourneyChange> _changes;
    private readonly string _what;

    internal JourneyChangeAssertions(JourneyDiffAssertions parent, List<JourneyChange> changes, string what)
    {
        And = parent;
        _changes = changes;
        _what = what;
    }

    /// <summary>Gets the diff's assertions, to go on with other checks on the diff.</summary>
    public JourneyDiffAssertions And { get; }

    /// <summary>Gets the one change the assertions narrowed to; fails when there are more.</summary>
    public JourneyChange Which
    {
        [CustomAssertion]
        get
        {
            Execute.Assertion
                .ForCondition(_changes.Count <= 1)
                .FailWith("Expected one {0}, but there are {1}:{2}",
                    new Verbatim(_what[2..]), new Verbatim(_changes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new Verbatim(Changelog.Lines(_changes)));
            return _changes.FirstOrDefault()!;
        }
    }

    /// <summary>Asserts that one of the changes is to the element with this id (in either revision), and narrows to those.</summary>
    /// <param name="elementId">The element's id, or its id in the older revision when a rename changed it.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions on the changes to that element.</returns>
    [CustomAssertion]
    public JourneyChangeAssertions For(string elementId, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(elementId);
        var matching = _changes.Where(c => c.ElementId == elementId || c.PreviousId == elementId).ToList();
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(matching.Count > 0 || _changes.Count == 0)
            .FailWith("Expected {0} for {1}{reason}, but those changes are:{2}",
                new Verbatim(_what), new Verbatim($"\"{elementId}\""), new Verbatim(JourneyDiffAssertions.Changes(_changes)));
        return new JourneyChangeAssertions(And, matching, $"{_what} for \"{elementId}\"");
    }

    /// <summary>Asserts that one of the changes is to an element of this kind, and narrows to those.</summary>
    /// <param name="kind">The kind of element.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions on the changes to elements of that kind.</returns>
    [CustomAssertion]
    public JourneyChangeAssertions Of(ElementKind kind, string because = "", params object[] becauseArgs)
    {
        var matching = _changes.Where(c => c.ElementKind == kind).ToList();
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(matching.Count > 0 || _changes.Count == 0)
            .FailWith("Expected {0} of a {1}{reason}, but those changes are:{2}",
                new Verbatim(_what), new Verbatim(kind.ToString()), new Verbatim(JourneyDiffAssertions.Changes(_changes)));
        return new JourneyChangeAssertions(And, matching, $"{_what} of a {kind}");
    }
}
