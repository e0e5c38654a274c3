using Commerce.Core.Common;
using Commerce.Core.Notifications;
using Commerce.Core.Ordering;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Notifications.Rendering;

/// <summary>The emails about one order, rendered from the order's own snapshots (lines, prices, addresses).</summary>
internal static class OrderEmails
{
    public static async Task<RenderResult> RenderAsync(CommerceDbContext db, OutboxEmail email, EmailLayout layout, StoreBranding brand,
        CancellationToken cancellationToken)
    {
        var order = email.OrderId is { } id
            ? await db.Orders.AsNoTracking().Include(o => o.Items).Include(o => o.Shipments)
                .AsSplitQuery().SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            : null;
        if (order is null) return RenderResult.Skip("The order no longer exists.");
        var name = order.ShippingAddress.FullName;
        if (email.Template == EmailTemplate.RefundIssued) return await RefundedAsync(db, order, email, layout, name, cancellationToken);

        return email.Template switch
        {
            EmailTemplate.OrderConfirmation => RenderResult.Send(layout.Compose(
                $"Order {order.Number} confirmed", $"Thanks {name}, we've got your order and your payment.", body =>
                {
                    body.Heading("Thanks for your order!")
                        .Paragraph($"Hi {name}, we've received your payment for order {order.Number} and we're getting it ready.");
                    Summary(body, order);
                    body.Address("Shipping to", order.ShippingAddress.Lines())
                        .Details(("Shipping method", order.ShippingMethod))
                        .Address("Billing address", order.BillingAddress.Lines())
                        .Button("Track your order", brand.Link("/orders/track"));
                })),
            EmailTemplate.PaymentFailed => RenderResult.Send(layout.Compose(
                $"Payment for order {order.Number} didn't go through", "Your items are still waiting in your cart.", body =>
                {
                    body.Heading("Your payment didn't go through")
                        .Paragraph($"Hi {name}, we couldn't take the payment of {Amount(order, order.Total)} for order {order.Number}. You have not been charged.")
                        .Paragraph("Your items are still in your cart: you can try again with the same or another card.")
                        .Button("Return to your cart", brand.Link("/cart"));
                })),
            EmailTemplate.OrderShipped => Shipped(order, email, layout, brand, name),
            EmailTemplate.OrderDelivered => RenderResult.Send(layout.Compose(
                $"Order {order.Number} was delivered", "Your parcel has arrived.", body =>
                {
                    body.Heading("Your order has arrived")
                        .Paragraph($"Hi {name}, order {order.Number} was delivered. We hope you enjoy it!");
                    body.Lines(order.Items.Select(Line));
                    body.Note("Something not right? Reply to this email and we'll sort it out.");
                })),
            EmailTemplate.OrderCancelled => RenderResult.Send(layout.Compose(
                $"Order {order.Number} has been cancelled", "Your order was cancelled.", body =>
                {
                    body.Heading("Your order has been cancelled")
                        .Paragraph($"Hi {name}, order {order.Number} has been cancelled.");
                    if (!string.IsNullOrWhiteSpace(order.CancelReason)) body.Details(("Reason", order.CancelReason));
                    body.Lines(order.Items.Select(Line));
                    var charged = order.PaymentStatus is not (PaymentStatus.Voided or PaymentStatus.Failed or PaymentStatus.Pending);
                    body.Paragraph(charged
                        ? "Your payment will be refunded to the card you paid with; we'll email you when it is."
                        : "Nothing was charged: no payment was taken for this order.");
                    if (!charged && order.CancelReason == Ordering.OrderSettlement.ExpiredReason)
                        body.Paragraph("Your items are still in your cart if you'd like to order them again.")
                            .Button("Return to your cart", brand.Link("/cart"));
                })),
            _ => throw new InvalidOperationException($"{email.Template} is not an order email."),
        };
    }

    private static RenderResult Shipped(Order order, OutboxEmail email, EmailLayout layout, StoreBranding brand, string name)
    {
        var shipment = int.TryParse(email.Value(EmailData.Discriminator), out var shipmentId)
            ? order.Shipments.FirstOrDefault(s => s.Id == shipmentId)
            : order.Shipments.OrderByDescending(s => s.ShippedAt).FirstOrDefault();
        var carrier = shipment?.Carrier ?? order.Carrier;
        var tracking = shipment?.TrackingNumber ?? order.TrackingNumber;
        var trackingUrl = shipment?.TrackingUrl ?? order.TrackingUrl;
        return RenderResult.Send(layout.Compose($"Order {order.Number} is on its way", $"Shipped with {carrier}.", body =>
        {
            body.Heading("Your order is on its way")
                .Paragraph($"Hi {name}, good news: {(order.FulfillmentStatus == FulfillmentStatus.PartiallyFulfilled ? "part of " : "")}order {order.Number} has shipped.")
                .Details(("Carrier", carrier), ("Tracking number", tracking));
            if (Uri.TryCreate(trackingUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                body.Button("Track your parcel", uri.AbsoluteUri);
            body.Lines(order.Items.Select(Line))
                .Address("Shipping to", order.ShippingAddress.Lines());
        }));
    }

    private static async Task<RenderResult> RefundedAsync(CommerceDbContext db, Order order, OutboxEmail email, EmailLayout layout,
        string name, CancellationToken cancellationToken)
    {
        var refund = int.TryParse(email.Value(EmailData.Discriminator), out var refundId)
            ? await db.Refunds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == refundId && r.OrderId == order.Id, cancellationToken)
            : null;
        var amount = refund is null ? order.RefundedTotal : refund.Amount;
        return RenderResult.Send(layout.Compose($"Refund of {Amount(order, amount)} for order {order.Number}",
            "Your refund is on its way back to you.", body =>
            {
                body.Heading("We've issued your refund")
                    .Paragraph($"Hi {name}, we've refunded {Amount(order, amount)} for order {order.Number} to the card you paid with. Banks usually take 5–10 business days to show it.");
                if (!string.IsNullOrWhiteSpace(refund?.Reason)) body.Details(("Reason", refund.Reason));
                body.Totals(("Order total", Amount(order, order.Total)), ("Refunded so far", Amount(order, order.RefundedTotal)));
            }));
    }

    private static void Summary(EmailBody body, Order order)
    {
        body.Details(("Order number", order.Number), ("Placed", order.PlacedAt.UtcDateTime.ToString("d MMMM yyyy")));
        body.Lines(order.Items.Select(Line));
        var rows = new List<(string, string)> { ("Subtotal", Amount(order, order.Subtotal)) };
        if (order.DiscountTotal > 0)
            rows.Add((order.CouponCode is null ? "Discount" : $"Discount ({order.CouponCode})", Amount(order, -order.DiscountTotal)));
        rows.Add(("Shipping", order.ShippingTotal == 0 ? "Free" : Amount(order, order.ShippingTotal)));
        if (order.TaxTotal > 0) rows.Add(("Tax", Amount(order, order.TaxTotal)));
        rows.Add(("Total", Amount(order, order.Total)));
        body.Totals([.. rows]);
    }

    private static EmailLine Line(OrderItem item) => new(item.ProductName,
        item.VariantName is "" or "Default" ? $"SKU {item.Sku}" : $"{item.VariantName} · SKU {item.Sku}",
        item.Quantity, item.Subtotal.Format());

    private static string Amount(Order order, decimal amount) => new Money(amount, order.Currency).Format();
}
