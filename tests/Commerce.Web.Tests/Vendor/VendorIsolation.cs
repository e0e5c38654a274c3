using System.Net;
using Commerce.Core.Common;
using Commerce.Core.Ordering;
using Commerce.Infrastructure.Marketplace;
using Commerce.Infrastructure.Seeding;
using Commerce.Testing;
using Commerce.Web.Tests.Support;
using Commerce.Web.Vendor.Orders;
using Commerce.Web.Vendor.Payouts;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Tests.Vendor;

/// <summary>
/// A vendor sees and touches only its own rows: every vendor page and action, tried with another vendor's ids.
/// Northwind is the demo vendor login; Harbor &amp; Home is the other vendor.
/// </summary>
[Collection(StoreAppCollection.Name)]
public sealed class VendorIsolation(StoreApp app)
{
    public const string HarborOwner = "owner@harbor-home.example";
    public static readonly string[] VendorPages = ["/vendor", "/vendor/products", "/vendor/orders", "/vendor/payouts", "/vendor/statement", "/vendor/statement.csv"];

    private async Task<BrowserSession> SignedInAsync(string email, string password)
    {
        var session = new BrowserSession(app.CreateClient());
        await session.SignInAsync(email, password);
        return session;
    }

    private Task<int> VendorIdAsync(string slug) => app.QueryAsync(db => db.Vendors.Where(v => v.Slug == slug).Select(v => v.Id).SingleAsync());

    /// <summary>The newest order with lines of both vendors, and one with lines of Harbor only.</summary>
    private async Task<(Order Mixed, Order HarborOnly)> OrdersAsync()
    {
        var (northwind, harbor) = (await VendorIdAsync("northwind-outfitters"), await VendorIdAsync("harbor-home"));
        var orders = await app.QueryAsync(db => db.Orders.AsNoTracking().Include(o => o.Items).OrderBy(o => o.PlacedAt).ToListAsync());
        return (orders.First(o => o.Items.Any(i => i.VendorId == northwind) && o.Items.Any(i => i.VendorId == harbor)),
            orders.First(o => o.Items.All(i => i.VendorId == harbor)));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryVendorPageOpensForItsVendorAndRefusesEveryoneElse(string path)
    {
        Assert.Equal(HttpStatusCode.OK, (await (await SignedInAsync(DemoAccounts.Vendor.Email, DemoAccounts.Vendor.Password)).Client.GetAsync(path)).StatusCode);

        var anonymous = await app.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Account/Login", anonymous.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await SignedInAsync(DemoAccounts.Customer.Email, DemoAccounts.Customer.Password)).Client.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await SignedInAsync(DemoAccounts.Admin.Email, DemoAccounts.Admin.Password)).Client.GetAsync(path)).StatusCode);
    }

    public static TheoryData<string> Pages => new(VendorPages);

    [Fact]
    public async Task AnotherVendorsOrderIsNotFoundAndAMixedOrderShowsOnlyOwnLines()
    {
        var (mixed, harborOnly) = await OrdersAsync();
        var session = await SignedInAsync(DemoAccounts.Vendor.Email, DemoAccounts.Vendor.Password);

        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/vendor/orders/{harborOnly.Number}")).StatusCode);
        var html = await session.GetPageAsync($"/vendor/orders/{mixed.Number}");
        var harbor = await VendorIdAsync("harbor-home");
        Assert.All(mixed.Items.Where(i => i.VendorId != harbor), i => Assert.Contains(i.Sku, html));
        Assert.All(mixed.Items.Where(i => i.VendorId == harbor), i => Assert.DoesNotContain(i.Sku, html));
        // Of the customer only the name and shipping address: no email, no phone, no totals of the whole order.
        Assert.Contains(mixed.ShippingAddress.FullName, html);
        Assert.DoesNotContain(mixed.Email, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(mixed.TotalAmount.Format(), html);
    }

    [Fact]
    public async Task TheOrdersListHasOnlyOrdersWithOwnLines()
    {
        var (_, harborOnly) = await OrdersAsync();
        await using var circuit = await VendorCircuit.SignInAsync(app, DemoAccounts.Vendor.Email);

        var rows = await circuit.Get<VendorOrdersService>().ListAsync(toShipOnly: false);

        Assert.NotEmpty(rows);
        Assert.DoesNotContain(rows, r => r.Number == harborOnly.Number);
        Assert.Null(await circuit.Get<VendorOrdersService>().DetailAsync(harborOnly.Number));
    }

    [Fact]
    public async Task ShippingAnotherVendorsLineThroughACircuitCallIsRefusedAndChangesNothing()
    {
        var (mixed, harborOnly) = await OrdersAsync();
        var harbor = await VendorIdAsync("harbor-home");
        var harborLine = mixed.Items.First(i => i.VendorId == harbor);
        await using var circuit = await VendorCircuit.SignInAsync(app, DemoAccounts.Vendor.Email);
        var orders = circuit.Get<VendorOrdersService>();

        var onMixed = await orders.ShipAsync(mixed.Number, "UPS", "1ZTAMPER1", new Dictionary<int, int> { [harborLine.Id] = 1 });
        var onForeign = await orders.ShipAsync(harborOnly.Number, "UPS", "1ZTAMPER2", harborOnly.Items.ToDictionary(i => i.Id, i => 1));

        Assert.NotNull(onMixed);
        Assert.Equal("We couldn't find that order.", onForeign);
        var shipments = await app.QueryAsync(db => db.Shipments.CountAsync(s => s.TrackingNumber.StartsWith("1ZTAMPER")));
        var fulfilled = await app.QueryAsync(db => db.OrderItems.Where(i => i.Id == harborLine.Id).Select(i => i.FulfilledQuantity).SingleAsync());
        Assert.Equal((0, harborLine.FulfilledQuantity), (shipments, fulfilled));
    }

    [Fact]
    public async Task TheStatementCsvHasOnlyOwnMovementsIgnoresAnyVendorIdAndReconcilesToTheBalance()
    {
        var (_, harborOnly) = await OrdersAsync();
        var session = await SignedInAsync(DemoAccounts.Vendor.Email, DemoAccounts.Vendor.Password);
        var harbor = await VendorIdAsync("harbor-home");

        var csv = await session.GetPageAsync($"/vendor/statement.csv?from=2000-01-01&to=2100-01-01&vendorId={harbor}");

        Assert.DoesNotContain(harborOnly.Number, csv);
        var rows = csv.Trim().Split('\n').Skip(1).Select(r => r.TrimEnd('\r').Split(',')).ToList();
        var opening = decimal.Parse(rows[0][6], System.Globalization.CultureInfo.InvariantCulture);
        var movements = rows.Skip(1).SkipLast(1).Sum(r => decimal.Parse(r[^3], System.Globalization.CultureInfo.InvariantCulture));
        var closing = decimal.Parse(rows[^1][6], System.Globalization.CultureInfo.InvariantCulture);
        var northwind = await VendorIdAsync("northwind-outfitters");
        var balance = await app.QueryAsync(db => MarketplaceLedger.BalanceAsync(db, northwind, "USD", DateTimeOffset.UtcNow, CancellationToken.None));
        Assert.Equal(0m, opening);
        Assert.Equal(closing, opening + movements);
        Assert.Equal(balance.Balance.Amount, closing);
        Assert.Contains("Payout", csv);
    }

    [Fact]
    public async Task TheProductsListHasOnlyOwnProducts()
    {
        var northwind = await VendorIdAsync("northwind-outfitters");
        await using var circuit = await VendorCircuit.SignInAsync(app, DemoAccounts.Vendor.Email);

        var rows = await circuit.Get<Commerce.Web.Vendor.Products.VendorProductsService>().ListAsync();

        var own = await app.QueryAsync(db => db.Products.Where(p => p.VendorId == northwind).Select(p => p.Id).ToListAsync());
        Assert.Equal(own.Order(), rows.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task PayoutsAndStatementsThroughTheServicesAreTheSignedInVendorsOnly()
    {
        var northwind = await VendorIdAsync("northwind-outfitters");
        await using var circuit = await VendorCircuit.SignInAsync(app, DemoAccounts.Vendor.Email);
        var payouts = circuit.Get<VendorPayoutsService>();

        var (_, list) = await payouts.OverviewAsync();
        var statement = await payouts.StatementAsync(new DateOnly(2000, 1, 1), new DateOnly(2100, 1, 1));

        var own = await app.QueryAsync(db => db.VendorPayouts.Where(p => p.VendorId == northwind).Select(p => p.Id).ToListAsync());
        Assert.Equal(own.Order(), list.Select(p => p.Id).Order());
        Assert.Equal(northwind, statement.VendorId);
        Assert.All(statement.Lines.Where(l => l.PayoutId is not null), l => Assert.Contains(l.PayoutId!.Value, own));
    }
}
