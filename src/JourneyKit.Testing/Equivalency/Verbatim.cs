namespace JourneyKit.Testing.Equivalency;

/// <summary>
/// Text that goes into a failure message as written: no quotes around it, and no braces read as placeholders, so a label
/// such as <c>{0}</c> or <c>{context}</c> shows as the user wrote it.
/// </summary>
internal sealed class Verbatim(string text)
{
    public string Text { get; } = text;
}
