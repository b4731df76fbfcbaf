using System.Text;
using JourneyKit.Samples.Web.Hosting;
using JourneyKit.Serialization;

namespace JourneyKit.Samples.Web.Maps;

/// <summary>
/// Reads a map a person sends: pasted into the form, uploaded as a file, or posted as the body. The size is checked
/// before anything is read, the format comes from the person's choice, the file's extension, the body's media type or,
/// for a paste, its first character; the readers' limits (<see cref="HostLimits.Formats"/>) do the rest.
/// </summary>
public static class MapUpload
{
    /// <summary>What came of an upload: a map, or the problem to answer with.</summary>
    public sealed record Outcome(JourneyMap? Map, IResult? Problem, string Origin);

    /// <summary>Reads a map from a form with a <c>text</c> field or a <c>file</c>, and an optional <c>format</c>.</summary>
    public static async Task<Outcome> FromFormAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (IsTooLarge(request))
        {
            return Refused(Problems.TooLarge());
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidDataException || ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            // The form reader's limits (FormOptions) or Kestrel's (a chunked body has no length to check first) refused it.
            return Refused(Problems.TooLarge());
        }

        var chosen = form["format"].ToString();
        if (form.Files["file"] is { Length: > 0 } file)
        {
            var format = Pick(chosen, () => HostLimits.Formats.FindByExtension(file.FileName));
            await using var stream = file.OpenReadStream();
            return await ReadAsync(format, chosen, stream, $"upload of {Path.GetFileName(file.FileName)}", request.HttpContext.RequestAborted);
        }

        var text = form["text"].ToString();
        if (text.Length == 0)
        {
            return Refused(Problems.BadRequest("Paste a map into 'text' or upload one as 'file'."));
        }

        using var pasted = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return await ReadAsync(Pick(chosen, () => Sniff(text)), chosen, pasted, "paste", request.HttpContext.RequestAborted);
    }

    /// <summary>Reads a map from the request body, in the format its media type (or <c>?format=</c>) names.</summary>
    public static async Task<Outcome> FromBodyAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (IsTooLarge(request))
        {
            return Refused(Problems.TooLarge());
        }

        var chosen = request.Query["format"].ToString();
        var mediaType = request.ContentType?.Split(';')[0].Trim() ?? "";
        var format = Pick(chosen, () => HostLimits.Formats.FindByMediaType(mediaType));
        MemoryStream? body;
        try
        {
            body = await BoundedCopyAsync(request);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refused(Problems.TooLarge());
        }

        using var _ = body;
        return body is null
            ? Refused(Problems.TooLarge())
            : await ReadAsync(format, chosen.Length > 0 ? chosen : mediaType, body, "upload", request.HttpContext.RequestAborted);
    }

    private static async Task<Outcome> ReadAsync(JourneyMapFormat? format, string asked, Stream stream, string origin, CancellationToken cancellationToken)
    {
        if (format?.Reader is not { } reader)
        {
            var readable = string.Join(", ", HostLimits.Formats.Formats.Where(f => f.Reader is not null).Select(f => f.Name));
            return Refused(Problems.BadRequest($"'{asked}' is not a format maps are read from; use one of: {readable}."));
        }

        try
        {
            return new Outcome(await reader.DeserializeAsync(stream, cancellationToken), null, $"{format.Name} {origin}");
        }
        catch (JourneyFormatException ex)
        {
            return Refused(Problems.Unreadable(ex));
        }
    }

    private static JourneyMapFormat? Pick(string chosen, Func<JourneyMapFormat?> otherwise) =>
        chosen.Length > 0 && chosen != "auto" ? HostLimits.Formats.Find(chosen) : otherwise();

    /// <summary>A pasted JSON document starts with a brace; anything else is taken for Mermaid.</summary>
    private static JourneyMapFormat? Sniff(string text) => HostLimits.Formats.Find(text.TrimStart().StartsWith('{') ? "json" : "mermaid");

    private static bool IsTooLarge(HttpRequest request) => request.ContentLength > HostLimits.MaxBodyBytes;

    /// <summary>Copies a body of unknown length, stopping as soon as it passes the limit (a chunked body has no length to check).</summary>
    private static async Task<MemoryStream?> BoundedCopyAsync(HttpRequest request)
    {
        var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
        {
            if (copy.Length + read > HostLimits.MaxBodyBytes)
            {
                await copy.DisposeAsync();
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        copy.Position = 0;
        return copy;
    }

    private static Outcome Refused(IResult problem) => new(null, problem, "");
}
