using JourneyKit.Internal;

namespace JourneyKit;

/// <summary>A chance to improve the journey, usually by resolving one or more pain points.</summary>
/// <remarks>Immutable and thread-safe; equal when all properties are equal.</remarks>
public sealed record Opportunity
{
    internal Opportunity(string id, string title, string? description, Level impact, Level effort, ValueList<string> addressedPainPointIds, string? ownerId, OpportunityStatus status, ValueMap properties)
    {
        Id = id;
        Title = title;
        Description = description;
        Impact = impact;
        Effort = effort;
        AddressedPainPointIds = addressedPainPointIds;
        OwnerId = ownerId;
        Status = status;
        Properties = properties;
    }

    /// <summary>The impact and the effort an opportunity has unless they are given: medium.</summary>
    internal const Level DefaultLevel = Level.Medium;

    /// <summary>The status an opportunity has unless one is given: an idea.</summary>
    internal const OpportunityStatus DefaultStatus = OpportunityStatus.Idea;

    /// <summary>Gets the id, unique among the map's opportunities.</summary>
    public string Id { get; }

    /// <summary>Gets the short title, such as "Add mobile pre-order".</summary>
    public string Title { get; private init; }

    /// <summary>Gets the longer description, if any.</summary>
    public string? Description { get; private init; }

    /// <summary>Gets how much the customer experience would gain.</summary>
    public Level Impact { get; private init; }

    /// <summary>Gets how much it would cost to deliver.</summary>
    public Level Effort { get; private init; }

    /// <summary>Gets the ids of the pain points this opportunity addresses.</summary>
    public ValueList<string> AddressedPainPointIds { get; }

    /// <summary>Gets the id of the owner who drives it, if any.</summary>
    public string? OwnerId { get; }

    /// <summary>Gets where it stands.</summary>
    public OpportunityStatus Status { get; private init; }

    /// <summary>Returns a copy with another title; the id stays.</summary>
    /// <param name="title">The new title.</param>
    /// <returns>The changed copy.</returns>
    public Opportunity WithTitle(string title) => this with { Title = Guard.Name(title, nameof(title)) };

    /// <summary>Returns a copy with another description.</summary>
    /// <param name="description">The new description, or <see langword="null"/> to remove it.</param>
    /// <returns>The changed copy.</returns>
    public Opportunity WithDescription(string? description) => this with { Description = Guard.OptionalText(description, nameof(description)) };

    /// <summary>Returns a copy with another impact.</summary>
    /// <param name="impact">The new impact.</param>
    /// <returns>The changed copy.</returns>
    public Opportunity WithImpact(Level impact) => this with { Impact = Guard.Defined(impact, nameof(impact)) };

    /// <summary>Returns a copy with another effort.</summary>
    /// <param name="effort">The new effort.</param>
    /// <returns>The changed copy.</returns>
    public Opportunity WithEffort(Level effort) => this with { Effort = Guard.Defined(effort, nameof(effort)) };

    /// <summary>Returns a copy with another status.</summary>
    /// <param name="status">The new status.</param>
    /// <returns>The changed copy.</returns>
    public Opportunity WithStatus(OpportunityStatus status) => this with { Status = Guard.Defined(status, nameof(status)) };

    /// <summary>Gets free-form properties for embedding applications, such as a CRM id or a ticket link, in ordinal key order.</summary>
    public ValueMap Properties { get; private init; }

    /// <summary>Returns a copy with a property set, replacing any earlier value.</summary>
    /// <param name="key">The property's key.</param>
    /// <param name="value">The property's value.</param>
    /// <returns>The changed copy.</returns>
    public Opportunity WithProperty(string key, string value) => this with { Properties = Properties.SetItem(Guard.Text(key, nameof(key)), Guard.AnyText(value, nameof(value))) };

    /// <summary>Returns a copy without a property.</summary>
    /// <param name="key">The property's key.</param>
    /// <returns>The changed copy.</returns>
    public Opportunity WithoutProperty(string key) => this with { Properties = Properties.Remove(Guard.Text(key, nameof(key))) };

    /// <inheritdoc />
    public override string ToString() => $"Opportunity '{Title}' ({Id}, {Status})";
}
