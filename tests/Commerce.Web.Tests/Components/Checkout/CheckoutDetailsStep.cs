using Bunit;
using Commerce.Core.Common;
using Commerce.Core.Customers;
using Commerce.Web.Storefront.Checkout;
using Commerce.Web.Tests.Components.Cart;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Commerce.Web.Tests.Components.Cart.CartStore;
using CartEntity = Commerce.Core.Cart.Cart;

namespace Commerce.Web.Tests.Components.Checkout;

/// <summary>Checkout step 1: contact and address, validated on submit and saved on the shopper's cart.</summary>
public sealed class CheckoutDetailsStep(CartStore store) : IClassFixture<CartStore>
{
    private const string Loaded = ".cart-summary";

    [Fact]
    public async Task InvalidEmailAndMissingAddressFieldsAreShownUnderTheirFieldsAndNothingIsSaved()
    {
        var cart = await GuestCartAsync();
        await using var bunit = ShopperVisit.Create(store, cart.Token);
        var page = await bunit.RenderLoadedAsync<DetailsPage>(Loaded);
        Assert.Empty(page.FindAll(".field-error"));

        page.Find("[id='Email']").Change("casey-at-example.test");
        page.Find("[id='Shipping.FullName']").Change("Casey Shopper");
        page.Find("[id='Shipping.City']").Change("Springfield");
        page.Find("[id='Shipping.PostalCode']").Change("62701");
        await page.Find("form.checkout-form").SubmitAsync(new EventArgs());

        Assert.Equal("Please check the highlighted fields.", page.Text(".checkout-form .notice-error[role=alert]"));
        Assert.Equal("Please enter a valid email address.", page.Text("[id='Email-error']"));
        Assert.Equal("Please enter the street address.", page.Text("[id='Shipping.Line1-error']"));
        Assert.Equal("Please enter the state or province (e.g. CA).", page.Text("[id='Shipping.Region-error']"));
        Assert.Equal(["Email", "Shipping.Line1", "Shipping.Region"], page.FindAll(".form-field.has-error").Select(f => f.GetAttribute("data-field")));
        Assert.Empty(page.FindAll("[data-field^='Billing.'].has-error"));
        Assert.EndsWith("/", bunit.Services.GetRequiredService<NavigationManager>().Uri);
        var saved = await store.CartAsync(cart.Id);
        Assert.Null(saved.Email);
        Assert.Null(saved.ShippingAddress);
    }

    [Fact]
    public async Task ValidDetailsAreSavedOnTheCartAndLeadToShipping()
    {
        var cart = await GuestCartAsync();
        await using var bunit = ShopperVisit.Create(store, cart.Token);
        var page = await bunit.RenderLoadedAsync<DetailsPage>(Loaded);

        page.Find("[id='Email']").Change("Casey@Example.test");
        page.Find("[id='Shipping.FullName']").Change("Casey Shopper");
        page.Find("[id='Shipping.Line1']").Change("1 Market St");
        page.Find("[id='Shipping.City']").Change("Springfield");
        page.Find("[id='Shipping.Region']").Change("il");
        page.Find("[id='Shipping.PostalCode']").Change("62701");
        await page.Find("form.checkout-form").SubmitAsync(new EventArgs());

        Assert.Empty(page.FindAll(".field-error"));
        Assert.EndsWith("/checkout/shipping", bunit.Services.GetRequiredService<NavigationManager>().Uri);
        var saved = await store.CartAsync(cart.Id);
        Assert.Equal("casey@example.test", saved.Email);
        Assert.Equal(new Address("Casey Shopper", "1 Market St", null, "Springfield", "IL", "62701", "US", null), saved.ShippingAddress);
        Assert.Equal(saved.ShippingAddress, saved.BillingAddress);
    }

    [Fact]
    public async Task SignedInCustomerStartsWithTheirEmailAndDefaultShippingAddress()
    {
        var email = $"casey-{Guid.NewGuid():N}@example.test";
        var work = new Address("Casey Shopper", "200 Office Park", null, "Chicago", "IL", "60601", "US", null);
        var billing = new Address("Casey Shopper", "PO Box 9", null, "Peoria", "IL", "61602", "US", null);
        var (userId, customerId) = await store.AddCustomerAsync(email,
            (work, AddressKind.Shipping, false), (Home, AddressKind.Shipping, true), (billing, AddressKind.Billing, true));
        var tee = await store.AddProductAsync("Organic Tee", 15m, stock: 10);
        await store.AddCartAsync(c => c.AddItem(tee, 1, Usd(15m), DateTimeOffset.UtcNow), customerId);
        await using var bunit = ShopperVisit.Create(store, user: SignedIn(userId));

        var page = await bunit.RenderLoadedAsync<DetailsPage>(Loaded);

        Assert.Equal(email, Value(page, "Email"));
        Assert.Equal(Home.FullName, Value(page, "Shipping.FullName"));
        Assert.Equal(Home.Line1, Value(page, "Shipping.Line1"));
        Assert.Equal(Home.Line2, Value(page, "Shipping.Line2"));
        Assert.Equal(Home.City, Value(page, "Shipping.City"));
        Assert.Equal(Home.Region, Value(page, "Shipping.Region"));
        Assert.Equal(Home.PostalCode, Value(page, "Shipping.PostalCode"));
        Assert.Equal(Home.Phone, Value(page, "Shipping.Phone"));
        Assert.True(page.Find("#BillingSameAsShipping").HasAttribute("checked"));
        Assert.Equal("", Value(page, "Billing.Line1"));
    }

    [Fact]
    public async Task SignedInCustomerPicksAnotherSavedAddressButNeverSomeoneElses()
    {
        var work = new Address("Casey Shopper", "200 Office Park", null, "Chicago", "IL", "60601", "US", null);
        var (userId, customerId) = await store.AddCustomerAsync($"casey-{Guid.NewGuid():N}@example.test",
            (work, AddressKind.Shipping, false), (Home, AddressKind.Shipping, true));
        var (_, strangerId) = await store.AddCustomerAsync($"stranger-{Guid.NewGuid():N}@example.test",
            (new Address("Stranger", "9 Elsewhere Rd", null, "Boston", "MA", "02101", "US", null), AddressKind.Shipping, true));
        var tee = await store.AddProductAsync("Organic Tee", 15m, stock: 10);
        await store.AddCartAsync(c => c.AddItem(tee, 1, Usd(15m), DateTimeOffset.UtcNow), customerId);
        var workId = await AddressIdAsync(customerId, work.Line1);
        var strangersId = await AddressIdAsync(strangerId, "9 Elsewhere Rd");

        await using (var bunit = ShopperVisit.Create(store, user: SignedIn(userId)))
        {
            var page = await bunit.RenderLoadedAsync<DetailsPage>(Loaded);
            var saved = page.FindAll(".saved-address");
            Assert.Equal(2, saved.Count);
            Assert.Contains(Home.Line1, saved[0].TextContent);
            Assert.Contains("chosen", saved[0].ClassList);
            Assert.Equal($"/checkout?address={workId}", saved[1].QuerySelector("a")!.GetAttribute("href"));
        }

        await using (var bunit = ShopperVisit.Create(store, user: SignedIn(userId)))
        {
            bunit.Services.GetRequiredService<NavigationManager>().NavigateTo($"/checkout?address={workId}");
            var page = await bunit.RenderLoadedAsync<DetailsPage>(Loaded);
            Assert.Equal(work.Line1, Value(page, "Shipping.Line1"));
            Assert.Equal(work.PostalCode, Value(page, "Shipping.PostalCode"));
        }

        await using (var bunit = ShopperVisit.Create(store, user: SignedIn(userId)))
        {
            bunit.Services.GetRequiredService<NavigationManager>().NavigateTo($"/checkout?address={strangersId}");
            var page = await bunit.RenderLoadedAsync<DetailsPage>(Loaded);
            Assert.Equal(Home.Line1, Value(page, "Shipping.Line1"));
            Assert.DoesNotContain("Elsewhere", page.Markup);
        }
    }

    private async Task<int> AddressIdAsync(int customerId, string line1)
    {
        await using var db = store.Database.NewContext();
        var customer = await db.Customers.AsNoTracking().Include(c => c.Addresses).SingleAsync(c => c.Id == customerId);
        return customer.Addresses.Single(a => a.Address.Line1 == line1).Id;
    }

    [Fact]
    public async Task GuestStartsWithEmptyFieldsAndTheOrderSummary()
    {
        var cart = await GuestCartAsync();
        await using var bunit = ShopperVisit.Create(store, cart.Token);

        var page = await bunit.RenderLoadedAsync<DetailsPage>(Loaded);

        Assert.Equal("", Value(page, "Email"));
        Assert.Equal("", Value(page, "Shipping.Line1"));
        Assert.Equal("2 items", page.Text(".cart-summary p"));
        Assert.Equal("$30.00", page.Text(".cart-summary td[data-total=subtotal]"));
        Assert.Contains("Details", page.Find(".checkout-steps li[aria-current=step]").TextContent);
    }

    [Fact]
    public async Task WithAnEmptyCartThereIsNoForm()
    {
        var cart = await store.AddCartAsync(_ => { });
        await using var bunit = ShopperVisit.Create(store, cart.Token);

        var page = await bunit.RenderLoadedAsync<DetailsPage>(".checkout-page p a[href='/']");

        Assert.StartsWith("Your cart is empty.", page.Text(".checkout-page > p"));
        Assert.Empty(page.FindAll("form"));
    }

    private async Task<CartEntity> GuestCartAsync()
    {
        var tee = await store.AddProductAsync("Organic Tee", 15m, stock: 10);
        return await store.AddCartAsync(c => c.AddItem(tee, 2, Usd(15m), DateTimeOffset.UtcNow));
    }

    private static string? Value(IRenderedComponent<DetailsPage> page, string id) => page.Find($"[id='{id}']").GetAttribute("value");
}
