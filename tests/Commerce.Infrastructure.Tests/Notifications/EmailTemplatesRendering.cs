using Commerce.Core.Common;
using Commerce.Core.Marketplace;
using Commerce.Core.Notifications;
using Commerce.Infrastructure.Notifications.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Infrastructure.Tests.Notifications;

public sealed class EmailTemplatesRendering(OutboxHost host) : IClassFixture<OutboxHost>
{
    private const string Hostile = "<script>alert(1)</script>";

    [Fact]
    public async Task EveryTemplateRendersBrandedHtmlAndTextWithItsDetailsAndNothingUnencoded()
    {
        await using var db = await host.Contexts.CreateDbContextAsync();
        var variant = await ShopData.ProductAsync(db, onHand: 1, reorderPoint: 3, name: $"Mug {Hostile}");
        var order = await ShopData.PaidOrderAsync(db, variant);
        var shipment = order.Ship(variant.VendorId, "UPS", "1Z999AA1", "https://track.example/1Z999AA1?lang=en&x=1",
            new Dictionary<int, int> { [order.Items.Single().Id] = 2 }, DateTimeOffset.UtcNow);
        order.RecordRefund(new Money(25m, "USD"), DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        var payout = new VendorPayout(variant.VendorId, new Money(90m, "USD"), "2026-11-30", PayoutMethod.Manual, null, DateTimeOffset.UtcNow);
        db.VendorPayouts.Add(payout);
        await db.SaveChangesAsync();
        payout.MarkSent("po_777", DateTimeOffset.UtcNow);
        var cart = await ShopData.CartAsync(db, variant, email: ShopData.UniqueEmail("cart"));
        await db.SaveChangesAsync();
        var to = ShopData.UniqueEmail("reader");

        var expected = new Dictionary<EmailTemplate, (OutboxEmail Email, string Subject, string[] Text)>
        {
            [EmailTemplate.OrderConfirmation] = (Order(EmailTemplate.OrderConfirmation), $"Order {order.Number} confirmed", ["$1,244.56", "Standard shipping"]),
            [EmailTemplate.PaymentFailed] = (Order(EmailTemplate.PaymentFailed), $"Payment for order {order.Number} didn't go through", ["$1,244.56", "https://shop.test/cart"]),
            [EmailTemplate.OrderShipped] = (Order(EmailTemplate.OrderShipped, shipment.Id.ToString()), $"Order {order.Number} is on its way",
                ["UPS", "1Z999AA1", "https://track.example/1Z999AA1?lang=en&x=1"]),
            [EmailTemplate.OrderDelivered] = (Order(EmailTemplate.OrderDelivered), $"Order {order.Number} was delivered", [order.Number]),
            [EmailTemplate.OrderCancelled] = (Order(EmailTemplate.OrderCancelled), $"Order {order.Number} has been cancelled", [order.Number]),
            [EmailTemplate.RefundIssued] = (Order(EmailTemplate.RefundIssued), $"Refund of $25.00 for order {order.Number}", ["Refunded so far: $25.00"]),
            [EmailTemplate.PasswordReset] = (Other(EmailTemplate.PasswordReset, (EmailData.Link, "https://shop.test/reset?code=a&b=c"), (EmailData.UserName, Hostile)),
                "Reset your Test Store password", ["https://shop.test/reset?code=a&b=c"]),
            [EmailTemplate.AccountConfirmation] = (Other(EmailTemplate.AccountConfirmation, (EmailData.Link, "https://shop.test/confirm?code=z")),
                "Confirm your email for Test Store", ["https://shop.test/confirm?code=z"]),
            [EmailTemplate.VendorApproved] = (Other(EmailTemplate.VendorApproved, (EmailData.VendorId, variant.VendorId.ToString())),
                "Welcome to Test Store, Harbor Home!", ["https://shop.test/vendor"]),
            [EmailTemplate.VendorRejected] = (Other(EmailTemplate.VendorRejected, (EmailData.VendorId, variant.VendorId.ToString()), (EmailData.Reason, Hostile)),
                "Your Test Store seller application", [Hostile]),
            [EmailTemplate.VendorPayoutSent] = (Other(EmailTemplate.VendorPayoutSent, (EmailData.PayoutId, payout.Id.ToString())),
                "Your payout of $90.00 is on its way", ["po_777"]),
            [EmailTemplate.LowStockAlert] = (Other(EmailTemplate.LowStockAlert, (EmailData.VariantId, variant.VariantId.ToString())),
                $"Low stock: {variant.ProductName} ({variant.Sku})", ["Available: 1", "https://shop.test/admin/inventory"]),
            [EmailTemplate.BackInStock] = (Other(EmailTemplate.BackInStock, (EmailData.VariantId, variant.VariantId.ToString())),
                $"{variant.ProductName} is back in stock", [$"https://shop.test/p/{variant.Slug}", "$617.28"]),
            [EmailTemplate.AbandonedCart] = (Other(EmailTemplate.AbandonedCart, (EmailData.CartId, cart.Id.ToString())),
                "You left something in your cart", [$"https://shop.test/cart?resume={Uri.EscapeDataString(cart.Token)}", "$617.28"]),
        };
        Assert.Equal(Enum.GetValues<EmailTemplate>().Order(), expected.Keys.Order());

        var renderer = host.Services.GetRequiredService<EmailRenderer>();
        foreach (var (template, (email, subject, text)) in expected)
        {
            var content = (await renderer.RenderAsync(db, email)).Content;
            Assert.True(content is not null, $"{template} did not render");
            Assert.Equal(subject, content.Subject);
            Assert.Contains("Test Store", content.Html);
            Assert.Contains("#4f46e5", content.Html);
            Assert.Contains("help@store.test", content.Text);
            Assert.DoesNotContain("<script>", content.Html);
            foreach (var expectedText in text) Assert.Contains(expectedText, content.Text);
        }

        OutboxEmail Order(EmailTemplate template, string? discriminator = null) => OutboxEmail.ForOrder(template, order.Id, to, discriminator);

        OutboxEmail Other(EmailTemplate template, params (string Name, string Value)[] data) =>
            OutboxEmail.Create(template, $"{template}:{Guid.NewGuid()}", to, data.ToDictionary(d => d.Name, d => d.Value));
    }

    [Fact]
    public async Task AnEmailAboutSomethingGoneIsSkippedNotSent()
    {
        await using var db = await host.Contexts.CreateDbContextAsync();
        var renderer = host.Services.GetRequiredService<EmailRenderer>();

        var cart = await renderer.RenderAsync(db, OutboxEmail.Create(EmailTemplate.AbandonedCart, "AbandonedCart:gone", "a@example.test",
            new Dictionary<string, string> { [EmailData.CartId] = Guid.NewGuid().ToString() }));
        var order = await renderer.RenderAsync(db, OutboxEmail.ForOrder(EmailTemplate.OrderShipped, Guid.NewGuid(), "a@example.test"));

        Assert.Null(cart.Content);
        Assert.Equal("The cart no longer exists.", cart.SkipReason);
        Assert.Equal("The order no longer exists.", order.SkipReason);
    }
}
