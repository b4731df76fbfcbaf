using JourneyKit.Localization;
using JourneyKit.Presentation;
using static JourneyKit.Rendering.Layout.LayoutMetrics;

namespace JourneyKit.Rendering.Layout;

/// <summary>
/// What the lanes of one picture share: the map, the earlier revision and the marks of a visual diff, the options, and
/// the texts maps repeat (owner and touchpoint labels, opportunity facts), made once per picture, with their wrapping.
/// </summary>
internal sealed class LayoutContext(JourneyMap map, RenderOptions options, JourneyMap? before, ChangeMarks marks)
{
    private readonly Dictionary<(string Text, double Width, double FontSize), WrappedText> _wrapped = [];
    private readonly Dictionary<(string Text, double Width), WrappedText> _badges = [];
    private readonly Dictionary<string, string> _ownerTexts = new(StringComparer.Ordinal);
    private readonly Dictionary<(Level, Level, OpportunityStatus), string> _opportunityFacts = [];
    private Dictionary<string, string>? _touchpointTexts;

    public JourneyMap Map => map;

    /// <summary>Gets the earlier revision of a visual diff, or <see langword="null"/>.</summary>
    public JourneyMap? Before => before;

    public RenderOptions Options => options;

    /// <summary>Gets the language of the texts the picture adds around the map's own labels.</summary>
    public JourneyLanguage Language { get; } = JourneyLanguage.Choose(options.Language, map);

    public ChangeMarks Marks => marks;

    public double ColumnWidth => options.ColumnWidth;

    /// <summary>Gets the width of the text in a block of a lane.</summary>
    public double BlockTextWidth => ColumnWidth - (CellPad * 2) - (BlockPad * 2) - 8;

    /// <summary>Gets the mark of an element: removed when it is a ghost of the earlier revision, else what the diff did to it.</summary>
    public Mark MarkOf(bool ghost, ElementKind kind, string id) => ghost ? Mark.Removed : marks.Of(kind, id);

    /// <summary>Gets the step of the earlier revision a column's step was, for the children the diff removed from it.</summary>
    public Step? EarlierStep(Column column) =>
        column.Ghost || before is null || column.Step is null ? null : before.FindStep(marks.EarlierId(ElementKind.Step, column.Step.Id));

    public string OwnerName(string id) => (map.FindOwner(id) ?? before?.FindOwner(id))?.Name ?? id;

    public string OwnerText(string ownerId)
    {
        if (!_ownerTexts.TryGetValue(ownerId, out var text))
        {
            text = Language.Format("Owner", OwnerName(ownerId));
            _ownerTexts[ownerId] = text;
        }

        return text;
    }

    /// <summary>Gets a touchpoint's name with its channel's, from either revision.</summary>
    public string TouchpointText(string id)
    {
        if (_touchpointTexts is null)
        {
            _touchpointTexts = new(StringComparer.Ordinal);
            foreach (var touchpoint in map.Touchpoints.Concat(before?.Touchpoints ?? []))
            {
                var channel = touchpoint.ChannelId is { } channelId ? (map.FindChannel(channelId) ?? before?.FindChannel(channelId))?.Name : null;
                _touchpointTexts.TryAdd(touchpoint.Id, channel is null ? touchpoint.Name : $"{touchpoint.Name} · {channel}");
            }
        }

        return _touchpointTexts.GetValueOrDefault(id, id);
    }

    public string OpportunityFacts(Opportunity opportunity)
    {
        var key = (opportunity.Impact, opportunity.Effort, opportunity.Status);
        if (!_opportunityFacts.TryGetValue(key, out var text))
        {
            text = Language.Format("Opportunity.Facts", MapText.Level(opportunity.Impact, Language), MapText.Level(opportunity.Effort, Language), MapText.Status(opportunity.Status, Language));
            _opportunityFacts[key] = text;
        }

        return text;
    }

    /// <summary>Wraps a badge, which shows in capitals: a capital at 10px is about as wide as a small letter at 12px.</summary>
    public WrappedText Badge(string text, double width)
    {
        if (!_badges.TryGetValue((text, width), out var lines))
        {
            lines = Wrap(text.ToUpperInvariant(), width, FontSize * Bold);
            _badges[(text, width)] = lines;
        }

        return lines;
    }

    /// <summary>
    /// Wraps text to a width. Labels that maps repeat (owners, touchpoints, feelings) are remembered; remembering
    /// one-off text such as step names would only cost.
    /// </summary>
    public WrappedText Wrap(string text, double width, double fontSize, bool remember = false)
    {
        if (!remember)
        {
            return TextWrap.Wrap(text, width, fontSize);
        }

        if (!_wrapped.TryGetValue((text, width, fontSize), out var lines))
        {
            lines = TextWrap.Wrap(text, width, fontSize);
            _wrapped[(text, width, fontSize)] = lines;
        }

        return lines;
    }
}
