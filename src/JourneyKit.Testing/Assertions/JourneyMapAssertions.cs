using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using JourneyKit.Diffing;
using JourneyKit.Serialization;
using JourneyKit.Testing.Approval;
using JourneyKit.Testing.Equivalency;
using JourneyKit.Validation;

namespace JourneyKit.Testing.Assertions;

/// <summary>Assertions on a <see cref="JourneyMap"/>, whose failures read as changes to the journey.</summary>
public sealed class JourneyMapAssertions : ReferenceTypeAssertions<JourneyMap, JourneyMapAssertions>
{
    /// <summary>Creates assertions on a map.</summary>
    /// <param name="subject">The map under test.</param>
    public JourneyMapAssertions(JourneyMap? subject)
        : base(subject!)
    {
    }

    /// <inheritdoc/>
    protected override string Identifier => "map";

    /// <summary>Asserts that the map equals <paramref name="expected"/>; on a difference, lists the changes from the expected map to this one.</summary>
    /// <param name="expected">The map it should equal.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<JourneyMapAssertions> Be(JourneyMap? expected, string because = "", params object[] becauseArgs)
    {
        if (expected is null || Subject is null)
        {
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(ReferenceEquals(expected, Subject))
                .FailWith("Expected {context:map} to be {0}{reason}, but found {1}.", expected, Subject);
            return new AndConstraint<JourneyMapAssertions>(this);
        }

        return Compare(expected, null, because, becauseArgs);
    }

    /// <summary>Asserts that the map differs from <paramref name="unexpected"/>.</summary>
    /// <param name="unexpected">The map it should not equal.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<JourneyMapAssertions> NotBe(JourneyMap? unexpected, string because = "", params object[] becauseArgs)
    {
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(!Equals(Subject, unexpected))
            .FailWith("Did not expect {context:map} to be {0}{reason}, but it is equal to it.", unexpected);
        return new AndConstraint<JourneyMapAssertions>(this);
    }

    /// <summary>
    /// Asserts that the diff engine finds no change from <paramref name="expected"/> to the map; on a difference, lists the changes.
    /// </summary>
    /// <param name="expected">The map it should be equivalent to.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<JourneyMapAssertions> BeEquivalentTo(JourneyMap expected, string because = "", params object[] becauseArgs) =>
        BeEquivalentTo(expected, DiffOptions.Default, because, becauseArgs);

    /// <summary>
    /// Asserts that the diff engine, with <paramref name="options"/>, finds no change from <paramref name="expected"/> to
    /// the map, such as when a revision record or letter case does not matter; on a difference, lists the changes.
    /// </summary>
    /// <param name="expected">The map it should be equivalent to.</param>
    /// <param name="options">What the comparison ignores.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<JourneyMapAssertions> BeEquivalentTo(JourneyMap expected, DiffOptions options, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(options);
        return Compare(expected, options, because, becauseArgs);
    }

    /// <summary>Compares by equality (no options) or by the diff engine with options, and lists the changes on a difference.</summary>
    [CustomAssertion]
    private AndConstraint<JourneyMapAssertions> Compare(JourneyMap expected, DiffOptions? options, string because, object[] becauseArgs)
    {
        if (HasSubject("to be {0}", expected, because, becauseArgs))
        {
            // Without options, equality decides (it sees what options could hide); the diff is computed once, to explain.
            var diff = options is null && Subject.Equals(expected) ? null : JourneyDiff.Compare(expected, Subject, options);
            if (diff is not null && (options is null || !diff.IsEmpty))
            {
                Execute.Assertion.BecauseOf(because, becauseArgs)
                    .FailWith("Expected {context:map} to be {0}{reason}, but it differs by {1}:{2}",
                        expected, new Verbatim(Changelog.Count(diff)), new Verbatim(JourneyMapEquivalencyStep.Differences(diff)));
            }
        }

        return new AndConstraint<JourneyMapAssertions>(this);
    }

    /// <summary>Asserts that the map has a stage with this id, and gives it in <c>Which</c>.</summary>
    /// <param name="id">The stage's id.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, with the stage in <c>Which</c>.</returns>
    [CustomAssertion]
    public AndWhichConstraint<JourneyMapAssertions, Stage> HaveStage(string id, string because = "", params object[] becauseArgs) =>
        HaveElement(id, "stage", map => map.FindStage(id), map => map.Stages, s => Listing.Named(s.Id, s.Name), because, becauseArgs);

    /// <summary>Asserts that the map has a step with this id, in any stage, and gives it in <c>Which</c>.</summary>
    /// <param name="id">The step's id.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, with the step in <c>Which</c>.</returns>
    [CustomAssertion]
    public AndWhichConstraint<JourneyMapAssertions, Step> HaveStep(string id, string because = "", params object[] becauseArgs) =>
        HaveElement(id, "step", map => map.FindStep(id), map => map.Steps, s => Listing.Named(s.Id, s.Name), because, becauseArgs);

    /// <summary>Asserts that the map has a persona with this id, and gives it in <c>Which</c>.</summary>
    /// <param name="id">The persona's id.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, with the persona in <c>Which</c>.</returns>
    [CustomAssertion]
    public AndWhichConstraint<JourneyMapAssertions, Persona> HavePersona(string id, string because = "", params object[] becauseArgs) =>
        HaveElement(id, "persona", map => map.FindPersona(id), map => map.Personas, p => Listing.Named(p.Id, p.Name), because, becauseArgs);

    /// <summary>Asserts that the map has a touchpoint with this id, and gives it in <c>Which</c>.</summary>
    /// <param name="id">The touchpoint's id.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, with the touchpoint in <c>Which</c>.</returns>
    [CustomAssertion]
    public AndWhichConstraint<JourneyMapAssertions, Touchpoint> HaveTouchpoint(string id, string because = "", params object[] becauseArgs) =>
        HaveElement(id, "touchpoint", map => map.FindTouchpoint(id), map => map.Touchpoints, t => Listing.Named(t.Id, t.Name), because, becauseArgs);

    /// <summary>Asserts that these steps come in this order along the journey, with any others between them.</summary>
    /// <param name="stepIds">The steps' ids, in the expected order.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<JourneyMapAssertions> HaveStepsInOrder(params string[] stepIds) => HaveStepsInOrder(stepIds, "");

    /// <summary>Asserts that these steps come in this order along the journey, with any others between them.</summary>
    /// <param name="stepIds">The steps' ids, in the expected order.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<JourneyMapAssertions> HaveStepsInOrder(IEnumerable<string> stepIds, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(stepIds);
        var expected = stepIds.ToList();
        var wanted = new Verbatim(string.Join(", ", expected));
        if (!HasSubject("to have steps {0} in that order", wanted, because, becauseArgs))
        {
            return new AndConstraint<JourneyMapAssertions>(this);
        }

        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var step in Subject.Steps)
        {
            position[step.Id] = position.Count;
        }

        var order = new Verbatim(Listing.Of(Subject.Steps, s => s.Id));
        var previous = -1;
        for (var i = 0; i < expected.Count; i++)
        {
            if (!position.TryGetValue(expected[i], out var at))
            {
                Execute.Assertion.BecauseOf(because, becauseArgs)
                    .FailWith("Expected {context:map} to have steps {0} in that order{reason}, but it has no step {1}; its steps are {2}.", wanted, expected[i], order);
                break;
            }

            if (at <= previous)
            {
                Execute.Assertion.BecauseOf(because, becauseArgs)
                    .FailWith("Expected {context:map} to have steps {0} in that order{reason}, but {1} does not come after {2}; its steps are {3}.",
                        wanted, expected[i], expected[i - 1], order);
                break;
            }

            previous = at;
        }

        return new AndConstraint<JourneyMapAssertions>(this);
    }

    /// <summary>Asserts that an opportunity addresses every pain point of the map.</summary>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<JourneyMapAssertions> HaveEveryPainPointAddressed(string because = "", params object[] becauseArgs)
    {
        if (HasSubject("to have every pain point addressed", null, because, becauseArgs))
        {
            var addressed = Subject.Steps.SelectMany(s => s.Opportunities).SelectMany(o => o.AddressedPainPointIds).ToHashSet(StringComparer.Ordinal);
            var open = Subject.Stages
                .SelectMany(stage => stage.Steps.SelectMany(step => step.PainPoints.Select(painPoint => (stage, step, painPoint))))
                .Where(p => !addressed.Contains(p.painPoint.Id))
                .ToList();
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(open.Count == 0)
                .FailWith("Expected {context:map} to have every pain point addressed by an opportunity{reason}, but {0} not:{1}",
                    new Verbatim(open.Count == 1 ? "1 is" : $"{open.Count} are"),
                    new Verbatim(Listing.Lines(open, p => $"{p.stage.Name} › {p.step.Name} › pain point '{p.painPoint.Description}' ({p.painPoint.Id})")));
        }

        return new AndConstraint<JourneyMapAssertions>(this);
    }

    /// <summary>Asserts that the default rule set finds no error in the map (warnings and infos pass), and gives the report in <c>Which</c>.</summary>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, with the validation report in <c>Which</c>.</returns>
    [CustomAssertion]
    public AndWhichConstraint<JourneyMapAssertions, ValidationReport> PassValidation(string because = "", params object[] becauseArgs) =>
        PassValidation(ValidationRuleSet.Default, TimeProvider.System, because, becauseArgs);

    /// <summary>Asserts that <paramref name="rules"/> find no error in the map, and gives the report in <c>Which</c>.</summary>
    /// <param name="rules">The rule set, such as a team's tuned one.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, with the validation report in <c>Which</c>.</returns>
    [CustomAssertion]
    public AndWhichConstraint<JourneyMapAssertions, ValidationReport> PassValidation(ValidationRuleSet rules, string because = "", params object[] becauseArgs) =>
        PassValidation(rules, TimeProvider.System, because, becauseArgs);

    /// <summary>
    /// Asserts that <paramref name="rules"/> find no error in the map on the day <paramref name="timeProvider"/> gives
    /// (review-date rules depend on it), and gives the report in <c>Which</c>.
    /// </summary>
    /// <param name="rules">The rule set, such as a team's tuned one.</param>
    /// <param name="timeProvider">The clock, such as a <c>FakeTimeProvider</c> set to a fixed day.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, with the validation report in <c>Which</c>.</returns>
    [CustomAssertion]
    public AndWhichConstraint<JourneyMapAssertions, ValidationReport> PassValidation(
        ValidationRuleSet rules, TimeProvider timeProvider, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (!HasSubject("to pass validation", null, because, becauseArgs))
        {
            return new AndWhichConstraint<JourneyMapAssertions, ValidationReport>(this, (ValidationReport)null!);
        }

        var report = rules.Validate(Subject, timeProvider);
        var errors = report.Issues.Where(i => i.Severity == IssueSeverity.Error).ToList();
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(errors.Count == 0)
            .FailWith("Expected {context:map} to pass validation{reason}, but it has {0}:{1}",
                new Verbatim(errors.Count == 1 ? "1 error" : $"{errors.Count} errors"), new Verbatim(Listing.Lines(errors, e => e.ToString())));
        return new AndWhichConstraint<JourneyMapAssertions, ValidationReport>(this, report);
    }

    /// <summary>
    /// Asserts that the map, written in <paramref name="format"/> and read back, is equal to itself; on a difference,
    /// lists what the format lost or changed. Gives the map read back in <c>Which</c>.
    /// </summary>
    /// <param name="format">A format that both writes and reads, such as <c>JourneyMapJson.Default.Format</c>.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, with the map read back in <c>Which</c>.</returns>
    /// <exception cref="ArgumentException">The format cannot both write and read.</exception>
    [CustomAssertion]
    public AndWhichConstraint<JourneyMapAssertions, JourneyMap> RoundTrip(JourneyMapFormat format, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (format.Reader is not { } reader || format.Writer is not { } writer)
        {
            throw new ArgumentException($"The format {format.Name} cannot round-trip a map: it {(format.Reader is null ? "does not read" : "does not write")}.", nameof(format));
        }

        if (!HasSubject("to round-trip through {0}", new Verbatim(format.Name), because, becauseArgs))
        {
            return new AndWhichConstraint<JourneyMapAssertions, JourneyMap>(this, (JourneyMap)null!);
        }

        using var stream = new MemoryStream();
        writer.Serialize(Subject, stream);
        stream.Position = 0;
        JourneyMap readBack;
        try
        {
            readBack = reader.Deserialize(stream);
        }
        catch (JourneyFormatException e)
        {
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .FailWith("Expected {context:map} to round-trip through {0}{reason}, but what it wrote does not read back: {1}",
                    new Verbatim(format.Name), new Verbatim(e.Message));
            return new AndWhichConstraint<JourneyMapAssertions, JourneyMap>(this, (JourneyMap)null!);
        }

        if (!readBack.Equals(Subject))
        {
            var diff = JourneyDiff.Compare(Subject, readBack);
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .FailWith("Expected {context:map} to round-trip through {0}{reason}, but the map read back differs by {1}:{2}",
                    new Verbatim(format.Name), new Verbatim(Changelog.Count(diff)), new Verbatim(JourneyMapEquivalencyStep.Differences(diff)));
        }

        return new AndWhichConstraint<JourneyMapAssertions, JourneyMap>(this, readBack);
    }

    /// <summary>
    /// Asserts that the map equals the approved one stored as canonical JSON beside the test file, named after the test
    /// file and method (and <paramref name="name"/>, for one test that approves several maps). On a difference, writes
    /// the map to a <c>.received.json</c> file beside it and fails with the changes from the approved map, and how to
    /// accept them. With the environment variable <c>JOURNEYKIT_ACCEPT_ALL</c> set to <c>true</c>, approves what it
    /// receives instead.
    /// </summary>
    /// <param name="name">A name for this map among others the same test approves; <see langword="null"/> for one.</param>
    /// <param name="sourceFile">The test's source file, filled in by the compiler.</param>
    /// <param name="testName">The test's method name, filled in by the compiler.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<JourneyMapAssertions> MatchApproved(
        string? name = null, [System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "", [System.Runtime.CompilerServices.CallerMemberName] string testName = "")
    {
        if (HasSubject("to match its approved map", null, "", []))
        {
            ApprovedMaps.Check(Subject, ApprovedFile.For(sourceFile, testName, name));
        }

        return new AndConstraint<JourneyMapAssertions>(this);
    }

    [CustomAssertion]
    private AndWhichConstraint<JourneyMapAssertions, T> HaveElement<T>(
        string id, string kind, Func<JourneyMap, T?> find, Func<JourneyMap, IEnumerable<T>> all, Func<T, string> describe, string because, object[] becauseArgs)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(id);
        var what = new Verbatim($"{kind} \"{id}\"");
        if (!HasSubject("to have {0}", what, because, becauseArgs))
        {
            return new AndWhichConstraint<JourneyMapAssertions, T>(this, (T)null!);
        }

        var found = find(Subject);
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(found is not null)
            .FailWith("Expected {context:map} to have {0}{reason}, but it has none with that id; its {1}s are {2}.",
                what, new Verbatim(kind), new Verbatim(Listing.Of(all(Subject), describe)));
        return new AndWhichConstraint<JourneyMapAssertions, T>(this, found!);
    }

    /// <summary>Fails, saying what was expected, when there is no map; returns whether there is one.</summary>
    [CustomAssertion]
    private bool HasSubject(string expectation, object? argument, string because, object[] becauseArgs) =>
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:map} " + expectation + "{reason}, but found <null>.", argument);
}
