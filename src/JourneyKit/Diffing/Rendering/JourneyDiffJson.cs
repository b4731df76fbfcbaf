namespace JourneyKit.Diffing;

/// <summary>Writes diffs as JSON in a documented, versioned shape, and reads them back into equal diffs.</summary>
public static class JourneyDiffJson
{
    /// <summary>The name used for this format in errors.</summary>
    public const string FormatName = "JourneyKit diff JSON";
}
