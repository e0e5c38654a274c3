namespace Commerce.Infrastructure.Ordering;

public enum SettlementResult
{
    /// <summary>The change was made now.</summary>
    Applied,
    /// <summary>The same change had already been made (a duplicate notice); nothing changed.</summary>
    AlreadyApplied,
    /// <summary>The notice no longer applies (e.g. a failure after a success); nothing changed.</summary>
    Ignored,
    OrderNotFound,
    /// <summary>Money arrived for an order that had already expired or been cancelled: it must be refunded.</summary>
    PaidAfterCancellation,
}
