using Commerce.Core;
using Commerce.Core.Common;
using Commerce.Core.Customers;
using Commerce.Core.Ordering;
using Commerce.Core.Reporting;
using Commerce.Infrastructure.Identity;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Persistence.Configurations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Admin.Customers;

/// <summary>The admin's customers: a searchable, sortable grid, one customer's details, notes, lock and unlock, CSV.</summary>
public sealed class CustomersService(IDbContextFactory<CommerceDbContext> contexts, IServiceScopeFactory scopes, TimeProvider clock,
    ILogger<CustomersService> logger)
{
    public const int MaxExportRows = 100_000;

    public async Task<CustomerList> ListAsync(CustomerQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customers = Filter(db, query.Search);
        var total = await customers.CountAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var rows = await Rows(Sort(customers, query.SortBy, query.Descending).Skip(query.Page * query.PageSize).Take(query.PageSize), now)
            .ToListAsync(cancellationToken);
        var locked = await LockedUsersAsync(db, now, cancellationToken);
        var users = locked.Count == 0 ? [] : await UserIdsAsync(db, rows.Select(r => r.Id), cancellationToken);
        return new CustomerList(rows.Select(r => r with { Locked = users.TryGetValue(r.Id, out var u) && locked.Contains(u) }).ToList(), total);
    }

    /// <summary>Every customer the search finds, in the grid's order, for the CSV export (at most <see cref="MaxExportRows"/>).</summary>
    public async IAsyncEnumerable<CustomerRow> ExportAsync(CustomerQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var locked = await LockedUsersAsync(db, now, cancellationToken);
        var lockedCustomers = locked.Count == 0 ? [] : (await db.Customers.AsNoTracking().Where(c => c.UserId != null && locked.Contains(c.UserId))
            .Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
        var rows = Rows(Sort(Filter(db, query.Search), query.SortBy, query.Descending).Take(MaxExportRows), now).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken)) yield return row with { Locked = lockedCustomers.Contains(row.Id) };
    }

    public async Task<CustomerDetails?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking().Include(c => c.Addresses).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (customer is null) return null;
        var user = customer.UserId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == customer.UserId)
            .Select(u => new { u.LockoutEnd, Staff = db.UserRoles.Any(r => r.UserId == u.Id && db.Roles.Any(x => x.Id == r.RoleId && x.Name == Roles.Admin)) })
            .SingleOrDefaultAsync(cancellationToken);
        var orders = await db.Orders.AsNoTracking().Where(o => o.CustomerId == id).OrderByDescending(o => o.PlacedAt).Take(50)
            .Select(o => new CustomerOrderRow(o.Id, o.Number, o.PlacedAt, o.Status, o.PaymentStatus, new Money(o.Total, o.Currency), new Money(o.RefundedTotal, o.Currency)))
            .ToListAsync(cancellationToken);
        // Lifetime figures by the one sales definition: orders that took payment, less the refunds made on them.
        var sales = db.Orders.AsNoTracking().Where(o => o.CustomerId == id && Sales.TookPayment.Contains(o.PaymentStatus) && o.Currency == customer.Currency);
        var orderCount = await sales.CountAsync(cancellationToken);
        var spent = await sales.SumAsync(o => o.Total, cancellationToken);
        var refunded = await db.Refunds.AsNoTracking().Where(r => r.Status == Sales.CountedRefund && sales.Any(o => o.Id == r.OrderId))
            .SumAsync(r => r.Amount, cancellationToken);
        return new CustomerDetails(customer.Id, customer.Email, customer.DisplayName, customer.Phone, customer.MarketingConsent, customer.Notes,
            customer.CreatedAt, user is not null, user?.LockoutEnd, user?.Staff ?? false,
            customer.Addresses.OrderBy(a => a.Kind).ThenByDescending(a => a.IsDefault).Select(a => new CustomerAddressRow(a.Kind, a.IsDefault, a.Address)).ToList(),
            orders, orderCount, new Money(spent, customer.Currency), new Money(refunded, customer.Currency));
    }

    public async Task<CustomerActionResult> SaveNotesAsync(int id, string? notes, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (customer is null) return new(false, "This customer no longer exists.");
        try
        {
            customer.WriteNotes(notes);
        }
        catch (DomainException ex)
        {
            return new(false, ex.Message);
        }
        await db.SaveChangesAsync(cancellationToken);
        return new(true, "Notes saved.");
    }

    /// <summary>
    /// Locks the customer's login until unlocked. The security stamp changes with it, so every signed-in session of
    /// theirs ends at its next check; staff accounts are not locked from here.
    /// </summary>
    public Task<CustomerActionResult> LockAsync(int id, string actor, CancellationToken cancellationToken = default) =>
        ChangeLockAsync(id, actor, locking: true, cancellationToken);

    public Task<CustomerActionResult> UnlockAsync(int id, string actor, CancellationToken cancellationToken = default) =>
        ChangeLockAsync(id, actor, locking: false, cancellationToken);

    private async Task<CustomerActionResult> ChangeLockAsync(int id, string actor, bool locking, CancellationToken cancellationToken)
    {
        string? userId;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            userId = await db.Customers.Where(c => c.Id == id).Select(c => c.UserId).SingleOrDefaultAsync(cancellationToken);
        if (userId is null) return new(false, "This customer checked out as a guest and has no account to lock.");

        // A scope of its own: Identity's stores hold a context, which must not live as long as the circuit.
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null) return new(false, "This customer's account no longer exists.");
        if (locking && await users.IsInRoleAsync(user, Roles.Admin)) return new(false, "This is a staff account; it cannot be locked from the customers page.");

        var steps = locking
            ? [() => users.SetLockoutEnabledAsync(user, true), () => users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue), () => users.UpdateSecurityStampAsync(user)]
            : new Func<Task<IdentityResult>>[] { () => users.SetLockoutEndDateAsync(user, null), () => users.ResetAccessFailedCountAsync(user) };
        foreach (var step in steps)
        {
            var result = await step();
            if (!result.Succeeded) return new(false, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        logger.LogInformation("Customer {CustomerId} ({UserId}) {Action} by {Actor} at {At}", id, userId, locking ? "locked" : "unlocked", actor, clock.GetUtcNow());
        return new(true, locking ? "Account locked. The customer is signed out everywhere and cannot sign in." : "Account unlocked. The customer can sign in again.");
    }

    private static IQueryable<Customer> Filter(CommerceDbContext db, string? search)
    {
        var customers = db.Customers.AsNoTracking();
        if (string.IsNullOrWhiteSpace(search)) return customers;
        var text = search.Trim().ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
        return customers.Where(c => EF.Functions.Like(EF.Property<string>(c, CustomerConfiguration.SearchText), $"%{text}%"));
    }

    private static IQueryable<Customer> Sort(IQueryable<Customer> customers, string? sortBy, bool descending) => (sortBy, descending) switch
    {
        (nameof(CustomerRow.Email), false) => customers.OrderBy(c => c.Email),
        (nameof(CustomerRow.Email), true) => customers.OrderByDescending(c => c.Email),
        (nameof(CustomerRow.Name), false) => customers.OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id),
        (nameof(CustomerRow.Name), true) => customers.OrderByDescending(c => c.LastName).ThenByDescending(c => c.FirstName).ThenBy(c => c.Id),
        (nameof(CustomerRow.Orders), false) => customers.OrderBy(c => c.OrderCount).ThenBy(c => c.Id),
        (nameof(CustomerRow.Orders), true) => customers.OrderByDescending(c => c.OrderCount).ThenBy(c => c.Id),
        (nameof(CustomerRow.TotalSpent), false) => customers.OrderBy(c => c.TotalSpent).ThenBy(c => c.Id),
        (nameof(CustomerRow.TotalSpent), true) => customers.OrderByDescending(c => c.TotalSpent).ThenBy(c => c.Id),
        (nameof(CustomerRow.CreatedAt), false) => customers.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id),
        _ => customers.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id),
    };

    private static IQueryable<CustomerRow> Rows(IQueryable<Customer> customers, DateTimeOffset now) =>
        customers.Select(c => new CustomerRow(c.Id, ((c.FirstName ?? "") + " " + (c.LastName ?? "")).Trim(), c.Email, c.UserId != null, false,
            c.MarketingConsent, c.OrderCount, new Money(c.TotalSpent, c.Currency), c.CreatedAt));

    /// <summary>Logins locked right now: few, so one small query marks them on any page or export.</summary>
    private static async Task<HashSet<string>> LockedUsersAsync(CommerceDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await db.Users.AsNoTracking().Where(u => u.LockoutEnd != null && u.LockoutEnd > now).Select(u => u.Id).ToListAsync(cancellationToken)).ToHashSet();

    private static async Task<Dictionary<int, string>> UserIdsAsync(CommerceDbContext db, IEnumerable<int> customerIds, CancellationToken cancellationToken)
    {
        var ids = customerIds.ToList();
        return await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id) && c.UserId != null)
            .ToDictionaryAsync(c => c.Id, c => c.UserId!, cancellationToken);
    }
}
