using JourneyKit.Internal;

namespace JourneyKit.Building;

/// <summary>Describes an opportunity of a step. Not thread-safe: use one builder from one thread.</summary>
public sealed class OpportunityBuilder
{
    private ItemList<string> _addresses;
    private IdSlot _slot;
    private PropertyBag _properties;
    private string? _description;
    private Level _impact = JourneyKit.Opportunity.DefaultLevel;
    private Level _effort = JourneyKit.Opportunity.DefaultLevel;
    private string? _owner;
    private OpportunityStatus _status = JourneyKit.Opportunity.DefaultStatus;

    internal OpportunityBuilder(string title) => TitleText = title;

    internal string TitleText { get; private set; }

    internal ref IdSlot Slot => ref _slot;

    /// <summary>Sets an explicit id instead of the one derived from the title.</summary>
    /// <param name="id">The id; see <see cref="ElementIds"/> for the rules.</param>
    /// <returns>This builder.</returns>
    public OpportunityBuilder Id(string id)
    {
        _slot.Explicit = BuilderGuard.Id(id, nameof(id));
        return this;
    }

    /// <summary>Sets the title; an explicit id, if any, stays, so retitling keeps the id.</summary>
    /// <param name="title">The title.</param>
    /// <returns>This builder.</returns>
    public OpportunityBuilder Title(string title)
    {
        TitleText = Guard.Text(title, nameof(title));
        return this;
    }

    /// <summary>Sets the longer description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This builder.</returns>
    public OpportunityBuilder Description(string description)
    {
        _description = Guard.Text(description, nameof(description));
        return this;
    }

    /// <summary>Sets how much the customer experience would gain (default medium).</summary>
    /// <param name="impact">The impact.</param>
    /// <returns>This builder.</returns>
    public OpportunityBuilder Impact(Level impact)
    {
        _impact = Guard.Defined(impact, nameof(impact));
        return this;
    }

    /// <summary>Sets how much it would cost to deliver (default medium).</summary>
    /// <param name="effort">The effort.</param>
    /// <returns>This builder.</returns>
    public OpportunityBuilder Effort(Level effort)
    {
        _effort = Guard.Defined(effort, nameof(effort));
        return this;
    }

    /// <summary>Adds pain points this opportunity addresses, by id or description, anywhere in the map.</summary>
    /// <param name="painPoints">The pain points' ids or descriptions.</param>
    /// <returns>This builder.</returns>
    public OpportunityBuilder Addresses(params ReadOnlySpan<string> painPoints)
    {
        BuilderGuard.AddAll(ref _addresses, painPoints, nameof(painPoints));
        return this;
    }

    /// <summary>Sets the owner, by the id or name of a catalog owner; an unknown name registers a new owner.</summary>
    /// <param name="owner">The owner's id or name.</param>
    /// <returns>This builder.</returns>
    public OpportunityBuilder OwnedBy(string owner)
    {
        _owner = Guard.Text(owner, nameof(owner));
        return this;
    }

    /// <summary>Sets where the opportunity stands (default <see cref="OpportunityStatus.Idea"/>).</summary>
    /// <param name="status">The status.</param>
    /// <returns>This builder.</returns>
    public OpportunityBuilder Status(OpportunityStatus status)
    {
        _status = Guard.Defined(status, nameof(status));
        return this;
    }

    /// <summary>Removes the description.</summary>
    /// <returns>This builder.</returns>
    public OpportunityBuilder ClearDescription()
    {
        _description = null;
        return this;
    }

    /// <summary>Removes the owner.</summary>
    /// <returns>This builder.</returns>
    public OpportunityBuilder ClearOwner()
    {
        _owner = null;
        return this;
    }

    /// <summary>Stops the opportunity addressing a pain point; the pain point stays.</summary>
    /// <param name="painPoint">The pain point's id or description.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The opportunity does not address that pain point.</exception>
    public OpportunityBuilder RemoveAddressed(string painPoint)
    {
        _addresses.RemoveAt(BuilderGuard.ReferenceIndex(_addresses.AsSpan(), painPoint, $"Opportunity '{TitleText}'", "addressed pain point", nameof(painPoint)));
        return this;
    }

    /// <summary>Sets a free-form property for embedding applications, such as a CRM id, replacing any earlier value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public OpportunityBuilder Property(string key, string value)
    {
        _properties.Set(key, value);
        return this;
    }

    /// <summary>Removes a free-form property; nothing happens when the builder has none under <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>This builder.</returns>
    public OpportunityBuilder RemoveProperty(string key)
    {
        _properties.Remove(key);
        return this;
    }

    /// <summary>Drops the owner when it is the removed one.</summary>
    internal void ForgetOwner(Func<string, bool> refersTo)
    {
        if (_owner is not null && refersTo(_owner))
        {
            _owner = null;
        }
    }

    internal Opportunity ToModel(BuildContext context, Location parent)
    {
        context.CheckElement(in _slot, context.Opportunities, TitleText, "opportunity's title", parent, "opportunities");
        var owner = _owner is null ? null : context.ResolveOwner(_owner);
        return new Opportunity(_slot.Assigned, TitleText, _description, _impact, _effort, AddressedPainPoints(context, parent), owner, _status, _properties.ToValueMap());
    }

    private ValueList<string> AddressedPainPoints(BuildContext context, Location parent)
    {
        var ids = References.Resolve(ref _addresses, new PainPointResolver(context, parent, _slot.Assigned));
        foreach (var repeated in References.Repeated(ids) ?? [])
        {
            context.Problem(parent.Path("opportunities", _slot.Assigned), $"The opportunity '{TitleText}' lists the pain point '{repeated}' twice; list it once.");
        }

        return ids;
    }

    private readonly struct PainPointResolver(BuildContext context, Location parent, string opportunityId) : IReferenceResolver
    {
        public string Resolve(string reference) => context.FindPainPoint(reference, parent, opportunityId) ?? reference;
    }

    internal static OpportunityBuilder From(Opportunity opportunity)
    {
        var builder = new OpportunityBuilder(opportunity.Title)
        {
            _slot = new IdSlot { Explicit = opportunity.Id },
            _description = opportunity.Description,
            _impact = opportunity.Impact,
            _effort = opportunity.Effort,
            _owner = opportunity.OwnerId,
            _status = opportunity.Status,
            _properties = PropertyBag.From(opportunity.Properties),
        };
        builder._addresses.AddRange(opportunity.AddressedPainPointIds.AsSpan());
        return builder;
    }
}
