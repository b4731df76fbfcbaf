namespace JourneyKit.Rendering.Svg;

/// <summary>A drawn map: the <c>&lt;svg&gt;</c> element's UTF-8 bytes, in a pooled buffer that disposing returns.</summary>
internal sealed class SvgDocument(Utf8Output svg) : IDisposable
{
    public void WriteTo(Stream stream) => stream.Write(svg.Written);

    public byte[] ToArray() => svg.Written.ToArray();

    public void AppendTo(Utf8Output output) => output.Raw(svg.Written);

    public override string ToString() => svg.ToString();

    public void Dispose() => svg.Dispose();
}
