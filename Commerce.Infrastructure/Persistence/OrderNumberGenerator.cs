using Commerce.Core.Ordering;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Persistence;

/// <summary>Takes the next order number from a database sequence: unique under any concurrency, never count(*)+1.</summary>
public sealed class OrderNumberGenerator(TimeProvider clock)
{
    public async Task<string> NextAsync(CommerceDbContext db, CancellationToken cancellationToken = default)
    {
        var value = await db.Database
            .SqlQueryRaw<long>($"SELECT nextval('{CommerceDbContext.OrderNumberSequence}') AS \"Value\"")
            .SingleAsync(cancellationToken);
        return OrderNumber.Format(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), value);
    }
}
