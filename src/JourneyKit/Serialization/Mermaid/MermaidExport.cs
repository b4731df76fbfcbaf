namespace JourneyKit.Serialization.Mermaid;

/// <summary>A map written as a Mermaid <c>journey</c> diagram, and what that form could not carry.</summary>
public sealed record MermaidExport
{
    internal MermaidExport(string text, ValueList<string> losses)
    {
        Text = text;
        Losses = losses;
    }

    /// <summary>Gets the diagram's text.</summary>
    public string Text { get; }

    /// <summary>Gets what the diagram leaves out or shows differently, one readable sentence each; empty when nothing is lost.</summary>
    public ValueList<string> Losses { get; }
}
