namespace JourneyKit.Rendering.Svg;

/// <summary>
/// A drawn map: the opening <c>&lt;svg&gt;</c> element, written last because it needs the picture's height, and the body.
/// Written out one after the other, so the body is never copied.
/// </summary>
internal sealed class SvgDocument(Utf8Output head, Utf8Output body) : IDisposable
{
    public void WriteTo(Stream stream)
    {
        stream.Write(head.Written);
        stream.Write(body.Written);
    }

    public byte[] ToArray() => [.. head.Written, .. body.Written];

    public void AppendTo(Utf8Output output) => output.Raw(head.Written).Raw(body.Written);

    public override string ToString()
    {
        using var whole = new Utf8Output(head.Length + body.Length);
        AppendTo(whole);
        return whole.ToString();
    }

    public void Dispose()
    {
        head.Dispose();
        body.Dispose();
    }
}
