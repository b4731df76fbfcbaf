using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using FluentAssertions;
using FluentAssertions.Formatting;

namespace JourneyKit.Testing.Equivalency;

/// <summary>
/// Plugs JourneyKit into FluentAssertions when this assembly loads: maps compared anywhere in an object graph report the
/// changes between them, and JourneyKit's values show by their summary line in every message.
/// </summary>
internal static class Registration
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries",
        Justification = "FluentAssertions 7 has no other hook for an assertion package to register its formatter and equivalency step.")]
    internal static void Register()
    {
        Formatter.AddFormatter(new JourneyKitValueFormatter());
        AssertionOptions.AssertEquivalencyUsing(options => options.Using(new JourneyMapEquivalencyStep()));
    }
}
