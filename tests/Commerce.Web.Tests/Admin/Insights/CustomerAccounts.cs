using Commerce.Core.Common;
using Commerce.Core.Customers;
using Commerce.Infrastructure.Identity;
using Commerce.Web.Admin.Customers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Web.Tests.Admin.Insights;

public sealed class CustomerAccounts(InsightsStore store) : IClassFixture<InsightsStore>
{
    private CustomersService Customers => store.Services.GetRequiredService<CustomersService>();

    [Fact]
    public async Task SearchFindsPartOfAnEmailANameOrAPhoneInAnyCase()
    {
        var tag = store.Unique("zq");
        var ada = await store.AddCustomerAsync($"ada.{tag}@insights.test", "Ada", $"Lovelace{tag}", phone: "+1 555 0100");
        await store.AddCustomerAsync($"bob.{tag}@insights.test", "Bob", "Builder");

        var byName = await Customers.ListAsync(new CustomerQuery($"LOVELACE{tag.ToUpperInvariant()}"));
        var byEmail = await Customers.ListAsync(new CustomerQuery($"{tag}@insights"));
        var byPhone = await Customers.ListAsync(new CustomerQuery("555 0100"));

        Assert.Equal([ada.Id], byName.Rows.Select(r => r.Id));
        Assert.Equal((2, 2), (byEmail.Total, byEmail.Rows.Count));
        Assert.Contains(byPhone.Rows, r => r.Id == ada.Id);
        Assert.DoesNotContain((await Customers.ListAsync(new CustomerQuery("%"))).Rows, r => !r.Email.Contains('%'));
    }

    [Fact]
    public async Task TheGridPagesAndSortsOnTheServer()
    {
        var tag = store.Unique("page");
        for (var i = 0; i < 5; i++) await store.AddCustomerAsync($"{tag}-{i}@insights.test", "Page", $"Person{i}");

        var first = await Customers.ListAsync(new CustomerQuery(tag, nameof(CustomerRow.Email), Descending: false, Page: 0, PageSize: 2));
        var last = await Customers.ListAsync(new CustomerQuery(tag, nameof(CustomerRow.Email), Descending: false, Page: 2, PageSize: 2));

        Assert.Equal(5, first.Total);
        Assert.Equal([$"{tag}-0@insights.test", $"{tag}-1@insights.test"], first.Rows.Select(r => r.Email));
        Assert.Equal([$"{tag}-4@insights.test"], last.Rows.Select(r => r.Email));
    }

    [Fact]
    public async Task DetailsShowAddressesOrdersAndWhatTheyHaveSpentNetOfRefunds()
    {
        var customer = await store.AddCustomerAsync(store.Unique("spender") + "@insights.test", "Sal", "Spender", consent: true);
        var kept = await store.AddOrderAsync(5, [(store.Lamp, 1, 3.20m)], shipping: 5.00m, customer: customer); // 48.20
        var returned = await store.AddOrderAsync(4, [(store.Mug, 2, 0m)], customer: customer);                  // 25.00
        await store.AddOrderAsync(1, [(store.Mug, 1, 0m)], paid: false, customer: customer);                    // never paid
        await store.RefundAsync(returned, 12.50m, daysAgo: 2);

        var details = await Customers.GetAsync(customer.Id);

        Assert.NotNull(details);
        Assert.Equal((2, new Money(73.20m, "USD"), new Money(12.50m, "USD"), new Money(60.70m, "USD")),
            (details.OrderCount, details.Spent, details.Refunded, details.TotalSpent));
        Assert.Equal(3, details.Orders.Count);
        Assert.Equal(kept.Number, details.Orders[^1].Number);
        Assert.True(details.MarketingConsent);
        Assert.Equal("1 Market St", Assert.Single(details.Addresses).Address.Line1);
    }

    [Fact]
    public async Task NotesAreSavedAndOverlongNotesChangeNothing()
    {
        var customer = await store.AddCustomerAsync(store.Unique("notes") + "@insights.test", "Nora", "Notes");

        var saved = await Customers.SaveNotesAsync(customer.Id, "  Prefers a call before delivery.  ");
        var refused = await Customers.SaveNotesAsync(customer.Id, new string('x', Customer.MaxNotesLength + 1));

        Assert.True(saved.Ok);
        Assert.Equal((false, $"Notes must be at most {Customer.MaxNotesLength} characters."), (refused.Ok, refused.Message));
        Assert.Equal("Prefers a call before delivery.", (await Customers.GetAsync(customer.Id))!.Notes);
    }

    [Fact]
    public async Task LockingEndsSessionsAndKeepsThemOutUntilUnlocked()
    {
        var customer = await store.AddCustomerAsync(store.Unique("locked") + "@insights.test", "Lee", "Locked", registered: true);
        var stampBefore = await StampAsync(customer);

        var locked = await Customers.LockAsync(customer.Id, "admin@insights.test");

        Assert.True(locked.Ok, locked.Message);
        Assert.NotEqual(stampBefore, await StampAsync(customer));
        Assert.True((await Customers.GetAsync(customer.Id))!.Locked);
        Assert.True((await Customers.ListAsync(new CustomerQuery(customer.Email))).Rows.Single().Locked);
        await using (var scope = store.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            Assert.True(await users.IsLockedOutAsync((await users.FindByIdAsync(customer.UserId!))!));
        }

        var unlocked = await Customers.UnlockAsync(customer.Id, "admin@insights.test");

        Assert.True(unlocked.Ok, unlocked.Message);
        Assert.False((await Customers.GetAsync(customer.Id))!.Locked);
    }

    [Fact]
    public async Task GuestsAndStaffCannotBeLockedFromHere()
    {
        var guest = await store.AddCustomerAsync(store.Unique("guest") + "@insights.test", "Gus", "Guest");
        var staff = await store.AddCustomerAsync(store.Unique("staff") + "@insights.test", "Stan", "Staff", registered: true, admin: true);

        var guestResult = await Customers.LockAsync(guest.Id, "admin@insights.test");
        var staffResult = await Customers.LockAsync(staff.Id, "admin@insights.test");

        Assert.Equal((false, "This customer checked out as a guest and has no account to lock."), (guestResult.Ok, guestResult.Message));
        Assert.False(staffResult.Ok);
        Assert.False((await Customers.GetAsync(staff.Id))!.Locked);
    }

    private async Task<string?> StampAsync(Customer customer)
    {
        await using var db = store.NewContext();
        return await db.Users.Where(u => u.Id == customer.UserId).Select(u => u.SecurityStamp).SingleAsync();
    }
}
