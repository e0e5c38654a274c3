using System.Net;
using Commerce.Core;
using Commerce.Core.Marketplace;
using Commerce.Core.Notifications;
using Commerce.Infrastructure.Identity;
using Commerce.Infrastructure.Seeding;
using Commerce.Testing;
using Commerce.Web.Admin.Vendors;
using Commerce.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Web.Tests.Vendor;

/// <summary>Applying to sell, the admin's decision, suspension: changes vendors, so it has a store of its own.</summary>
public sealed class VendorOnboarding(StoreApp app) : IClassFixture<StoreApp>
{
    private const string Password = "Seller#2026!";

    private async Task<BrowserSession> NewUserAsync(string email)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var created = await users.CreateAsync(new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true }, Password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        var session = new BrowserSession(app.CreateClient());
        await session.SignInAsync(email, Password);
        return session;
    }

    private static Task<HttpResponseMessage> ApplyAsync(BrowserSession session, string shop) =>
        session.PostFormAsync("/vendor/apply", "/vendor/apply", new Dictionary<string, string>
        {
            ["Input.ShopName"] = shop,
            ["Input.Description"] = "Hand-thrown stoneware mugs and bowls, glazed in small batches.",
            ["Input.ContactName"] = "Pat Potter",
            ["Input.Email"] = $"{Core.Common.Slug.From(shop)}@sellers.example",
            ["Input.Country"] = "US",
            ["Input.PayoutDetails"] = "acct_1PotteryTest",
        }, handler: "vendor-apply");

    private async Task<VendorCircuit> AdminAsync() => await VendorCircuit.SignInAsync(app, DemoAccounts.Admin.Email);

    private Task<Core.Marketplace.Vendor> VendorAsync(string name) => app.QueryAsync(db => db.Vendors.AsNoTracking().SingleAsync(v => v.Name == name));

    [Fact]
    public async Task AnApplicationIsPendingUntilApprovedThenTheOwnerSellsWithAShopPageInTheSitemap()
    {
        var session = await NewUserAsync("potter@sellers.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.GetAsync("/vendor")).StatusCode);

        var posted = await ApplyAsync(session, "Pat's Pottery");
        Assert.True(posted.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found, $"{(int)posted.StatusCode}");
        Assert.Contains("being reviewed", await session.GetPageAsync("/vendor/apply"));
        var vendor = await VendorAsync("Pat's Pottery");
        Assert.Equal((VendorStatus.Pending, "pat-s-pottery", "US"), (vendor.Status, vendor.Slug, vendor.Country));
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/v/pat-s-pottery")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.GetAsync("/vendor")).StatusCode);

        await using (var admin = await AdminAsync())
            Assert.Contains("approved", await admin.Get<VendorsAdminService>().ApproveAsync(vendor.Id));

        // The same login reaches its dashboard at once, without signing in again.
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/vendor")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/v/pat-s-pottery")).StatusCode);
        Assert.Contains("/v/pat-s-pottery", await app.CreateClient().GetStringAsync("/sitemap-categories.xml"));
        var inRole = await app.QueryAsync(db => db.UserRoles.AnyAsync(ur => ur.UserId == vendor.OwnerUserId
            && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Vendor)));
        Assert.True(inRole);
        Assert.Equal(1, await app.QueryAsync(db => db.OutboxEmails.CountAsync(e => e.Template == EmailTemplate.VendorApproved && e.To == vendor.Email)));
    }

    [Fact]
    public async Task ARejectionNeedsAReasonWhichTheApplicantIsEmailedAndSees()
    {
        var session = await NewUserAsync("weaver@sellers.example");
        await ApplyAsync(session, "Woven Wonders");
        var vendor = await VendorAsync("Woven Wonders");
        await using var admin = await AdminAsync();
        var vendors = admin.Get<VendorsAdminService>();

        Assert.Contains("Reason is required", await vendors.RejectAsync(vendor.Id, " "));
        Assert.Equal(VendorStatus.Pending, (await VendorAsync("Woven Wonders")).Status);
        await vendors.RejectAsync(vendor.Id, "We need photos of your products first.");

        Assert.Equal(VendorStatus.Rejected, (await VendorAsync("Woven Wonders")).Status);
        var email = await app.QueryAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(e => e.Template == EmailTemplate.VendorRejected && e.To == vendor.Email));
        Assert.Equal("We need photos of your products first.", email.Value(EmailData.Reason));
        Assert.Contains("We need photos of your products first.", await session.GetPageAsync("/vendor/apply"));
        Assert.Contains("cannot be approved", await vendors.ApproveAsync(vendor.Id));
        Assert.Equal(VendorStatus.Rejected, (await VendorAsync("Woven Wonders")).Status);
    }

    [Fact]
    public async Task ASuspendedVendorsProductsLeaveTheStorefrontAtOnceItsOrdersStayAndItsLoginIsLockedOut()
    {
        var trailhead = await app.QueryAsync(db => db.Vendors.AsNoTracking().SingleAsync(v => v.Slug == "trailhead-tech"));
        var product = await app.QueryAsync(db => db.Products.AsNoTracking().Where(p => p.VendorId == trailhead.Id).Select(p => p.Slug).FirstAsync());
        var orders = await app.QueryAsync(db => db.OrderItems.CountAsync(i => i.VendorId == trailhead.Id));
        var owner = new BrowserSession(app.CreateClient());
        await owner.SignInAsync("owner@trailhead-tech.example", DemoAccounts.Vendor.Password);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync($"/p/{product}")).StatusCode);

        await using (var admin = await AdminAsync())
            Assert.Equal("Trailhead Tech Co. is suspended; its products are off the storefront.", await admin.Get<VendorsAdminService>().SuspendAsync(trailhead.Id, "Unpaid chargebacks"));

        Assert.Equal(VendorStatus.Suspended, (await app.QueryAsync(db => db.Vendors.AsNoTracking().SingleAsync(v => v.Id == trailhead.Id))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/v/trailhead-tech")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/p/{product}")).StatusCode);
        Assert.DoesNotContain(product, await app.CreateClient().GetStringAsync("/search?q=headphones"));
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.Client.GetAsync("/vendor")).StatusCode);
        Assert.Equal(orders, await app.QueryAsync(db => db.OrderItems.CountAsync(i => i.VendorId == trailhead.Id)));

        await using (var admin = await AdminAsync())
            await admin.Get<VendorsAdminService>().ReinstateAsync(trailhead.Id);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync($"/p/{product}")).StatusCode);
    }

    [Fact]
    public async Task ACommissionRateIsPerVendorWithTheStoreDefaultAsFallback()
    {
        var harbor = await app.QueryAsync(db => db.Vendors.AsNoTracking().SingleAsync(v => v.Slug == "harbor-home"));
        await using var admin = await AdminAsync();
        var vendors = admin.Get<VendorsAdminService>();

        await vendors.SetCommissionAsync(harbor.Id, 7.5m);
        Assert.Equal(0.075m, (await vendors.DetailAsync(harbor.Id))!.OwnRate);
        Assert.Contains("between", await vendors.SetCommissionAsync(harbor.Id, 120m));
        await vendors.SetCommissionAsync(harbor.Id, null);

        var row = (await vendors.ListAsync(VendorStatus.Approved)).Single(v => v.Id == harbor.Id);
        Assert.Equal((null, 0.10m), (row.OwnRate, row.Rate));
    }
}
