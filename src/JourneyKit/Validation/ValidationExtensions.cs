using JourneyKit.Localization;

namespace JourneyKit.Validation;

/// <summary>Validates journey maps.</summary>
public static class ValidationExtensions
{
    /// <summary>Checks a map against a rule set and reports what it finds; nothing is thrown for what the rules find.</summary>
    /// <param name="map">The map.</param>
    /// <param name="rules">The rules; <see cref="ValidationRuleSet.Default"/> when <see langword="null"/>.</param>
    /// <param name="timeProvider">Where the current time comes from; the system clock when <see langword="null"/>.</param>
    /// <param name="language">The language of the issues' messages and of the report's text; when <see langword="null"/>, the language JourneyKit chooses for the map (English unless the map says otherwise).</param>
    /// <returns>The report; call <see cref="ValidationReport.ThrowIfInvalid"/> to throw on errors.</returns>
    public static ValidationReport Validate(this JourneyMap map, ValidationRuleSet? rules = null, TimeProvider? timeProvider = null, JourneyLanguage? language = null) =>
        (rules ?? ValidationRuleSet.Default).Validate(map, timeProvider, language);
}
