namespace JourneyKit.Serialization.Mermaid;

/// <summary>A map written as a Mermaid <c>journey</c> diagram, and what that form could not carry.</summary>
/// <param name="Text">The diagram's text.</param>
/// <param name="Losses">What the diagram leaves out or shows differently, one readable sentence each; empty when nothing is lost.</param>
public sealed record MermaidExport(string Text, ValueList<string> Losses);
