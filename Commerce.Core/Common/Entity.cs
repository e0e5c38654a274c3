namespace Commerce.Core.Common;

/// <summary>Marks an entity whose CreatedAt/UpdatedAt are stamped by the persistence layer, never by hand.</summary>
public interface IAuditable
{
    DateTimeOffset CreatedAt { get; }
    DateTimeOffset UpdatedAt { get; }
}
