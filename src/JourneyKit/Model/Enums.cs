namespace JourneyKit;

/// <summary>What kind of journey a map tells.</summary>
public enum JourneyKind
{
    /// <summary>A journey that fits none of the named kinds.</summary>
    Custom = 0,

    /// <summary>From a first visit to a purchase.</summary>
    Purchase,

    /// <summary>From first contact to a qualified lead.</summary>
    LeadGeneration,

    /// <summary>How customers engage with a product or brand over time.</summary>
    Engagement,

    /// <summary>How customers stay, come back and become loyal.</summary>
    Retention,

    /// <summary>From sign-up to the first value.</summary>
    Onboarding,

    /// <summary>From a problem to its resolution.</summary>
    Support,
}

/// <summary>Who the customer is.</summary>
public enum Audience
{
    /// <summary>Consumers buying for themselves.</summary>
    B2C = 0,

    /// <summary>Businesses, with buyers, users and approvers.</summary>
    B2B,
}

/// <summary>How badly a pain point hurts.</summary>
public enum PainSeverity
{
    /// <summary>A minor annoyance.</summary>
    Low = 0,

    /// <summary>Friction customers notice and remember.</summary>
    Medium,

    /// <summary>Friction that makes customers hesitate or complain.</summary>
    High,

    /// <summary>Friction that makes customers abandon.</summary>
    Critical,
}

/// <summary>A three-point rating, used for the impact and the effort of an opportunity.</summary>
public enum Level
{
    /// <summary>Low.</summary>
    Low = 0,

    /// <summary>Medium.</summary>
    Medium,

    /// <summary>High.</summary>
    High,
}

/// <summary>Where an opportunity stands.</summary>
public enum OpportunityStatus
{
    /// <summary>Proposed, not yet decided.</summary>
    Idea = 0,

    /// <summary>Decided and scheduled.</summary>
    Planned,

    /// <summary>Being worked on.</summary>
    InProgress,

    /// <summary>Delivered.</summary>
    Done,

    /// <summary>Considered and turned down.</summary>
    Rejected,
}

/// <summary>What a metric measures.</summary>
public enum MetricKind
{
    /// <summary>Any other measure.</summary>
    Custom = 0,

    /// <summary>The share of customers who move on to the next step or stage.</summary>
    Conversion,

    /// <summary>The share of customers who abandon.</summary>
    DropOff,

    /// <summary>The share of customers who complete a task.</summary>
    Completion,

    /// <summary>Customer satisfaction score.</summary>
    Csat,

    /// <summary>Net promoter score.</summary>
    Nps,

    /// <summary>Customer effort score.</summary>
    Ces,

    /// <summary>How long something takes.</summary>
    Duration,
}

/// <summary>Which way a metric improves.</summary>
public enum MetricDirection
{
    /// <summary>A larger value is better, as for conversion or satisfaction.</summary>
    HigherIsBetter = 0,

    /// <summary>A smaller value is better, as for drop-off, effort or time taken.</summary>
    LowerIsBetter,
}

/// <summary>What sits behind the line of visibility.</summary>
public enum BackStageKind
{
    /// <summary>Software or hardware, such as a CRM or a payment provider.</summary>
    System = 0,

    /// <summary>An internal procedure, such as order fulfilment.</summary>
    Process,

    /// <summary>Staff the customer does not see, such as kitchen staff.</summary>
    People,
}

/// <summary>How a non-linear path leaves a step.</summary>
public enum TransitionKind
{
    /// <summary>Some customers take another way forward, skipping or choosing steps.</summary>
    Branch = 0,

    /// <summary>Customers go back to an earlier step, as from comparing back to searching.</summary>
    Loop,

    /// <summary>Customers leave the journey here.</summary>
    Exit,
}

/// <summary>What a piece of evidence is.</summary>
public enum EvidenceKind
{
    /// <summary>What a customer said, in their words.</summary>
    Quote = 0,

    /// <summary>What researchers saw customers do.</summary>
    Observation,

    /// <summary>A figure from analytics, a survey or support data.</summary>
    Data,
}
