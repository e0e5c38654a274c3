using Commerce.Core;
using Commerce.Core.Customers;
using Commerce.Core.Promotions;
using Commerce.Infrastructure.Identity;
using Commerce.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Infrastructure.Tests.Seeding;

[Collection(SeededDemoStoreCollection.Name)]
public sealed class DemoStoreRulesAndLogins(SeededDemoStore store)
{
    [Fact]
    public async Task HasTheThreeLiveCouponsAndOneExpiredOne()
    {
        var coupons = await store.Host.QueryAsync(db => db.Coupons.AsNoTracking().ToDictionaryAsync(c => c.Code));

        Assert.Equal(["FREESHIP", "SAVE20", "SUMMER25", "WELCOME10"], coupons.Keys.Order());
        Assert.Equal((CouponType.Percentage, 10m, 50m), (coupons["WELCOME10"].Type, coupons["WELCOME10"].Value, coupons["WELCOME10"].MaximumDiscount));
        Assert.Equal((100m, 500, 1), (coupons["SAVE20"].MinimumOrder, coupons["SAVE20"].UsageLimit, coupons["SAVE20"].PerCustomerLimit));
        Assert.Equal((CouponType.FreeShipping, 30m), (coupons["FREESHIP"].Type, coupons["FREESHIP"].MinimumOrder));
        Assert.True(coupons["SUMMER25"].EndsAt < SeededDemoStore.Now);
    }

    [Fact]
    public async Task HasStandardExpressAndNextDayShippingWithTrackingLinks()
    {
        var methods = await store.Host.QueryAsync(db => db.ShippingMethods.AsNoTracking().Include(m => m.Rates).ToDictionaryAsync(m => m.Code));

        Assert.Equal(["express", "next-day", "standard"], methods.Keys.Order());
        Assert.Equal((5.99m, 75m), (methods["standard"].FlatRate, methods["standard"].FreeAbove));
        Assert.Equal([(1_000, 12m), (5_000, 18m), (20_000, 29m)],
            methods["express"].Rates.OrderBy(r => r.MaxWeightGrams).Select(r => (r.MaxWeightGrams, r.Price)));
        Assert.Equal(["US"], methods["next-day"].CountryCodes);
        Assert.All(methods.Values, m => Assert.Contains("{tracking}", m.TrackingUrlTemplate));
    }

    [Fact]
    public async Task HasStateAndCountryTaxRates()
    {
        var rates = await store.Host.QueryAsync(db => db.TaxRates.AsNoTracking().ToListAsync());

        Assert.Equal(0.0725m, rates.Single(r => r.CountryCode == "US" && r.Region == "CA").Rate);
        Assert.Equal(0.20m, rates.Single(r => r.CountryCode == "GB" && r.Region is null).Rate);
        Assert.Equal(0.05m, rates.Single(r => r.CountryCode == "CA" && r.Region is null).Rate);
        Assert.True(rates.Count >= 9);
    }

    [Fact]
    public async Task CreatesTheDemoLoginsWithTheirRolesAndAnOwnerForEverySellingVendor()
    {
        await using var scope = store.Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var account in DemoAccounts.All)
        {
            var user = await users.FindByEmailAsync(account.Email);
            Assert.NotNull(user);
            Assert.True(await users.IsInRoleAsync(user, account.Role), account.Email);
            Assert.True(await users.CheckPasswordAsync(user, account.Password), account.Email);
        }

        var vendorOwners = await users.GetUsersInRoleAsync(Roles.Vendor);
        Assert.Contains(vendorOwners, u => u.Email == "owner@harbor-home.example");
        var ownerIds = await store.Host.QueryAsync(db => db.Vendors.Where(v => v.OwnerUserId != null).Select(v => v.OwnerUserId!).ToListAsync());
        Assert.Equal(vendorOwners.Select(u => u.Id).Order(), ownerIds.Order());
    }

    [Fact]
    public async Task GivesTheDemoCustomerADefaultShippingAddress()
    {
        var casey = await store.Host.QueryAsync(db => db.Customers.AsNoTracking().Include(c => c.Addresses)
            .SingleAsync(c => c.Email == DemoAccounts.Customer.Email));

        Assert.NotNull(casey.UserId);
        var address = Assert.Single(casey.Addresses, a => a.Kind == AddressKind.Shipping && a.IsDefault);
        Assert.Equal(("US", "CA"), (address.Address.CountryCode, address.Address.Region));
    }
}
