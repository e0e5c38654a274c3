using Commerce.Core.Common;
using Commerce.Core.Shipping;

namespace Commerce.Core.Ordering;

/// <summary>
/// A placed order. Its lines, addresses and prices are snapshots; its status only moves forward
/// (pending → confirmed → processing → shipped → delivered), or to cancelled/refunded. Orders are never deleted.
/// </summary>
public class Order : IAuditable
{
    private readonly List<OrderItem> _items = [];
    private readonly List<Shipment> _shipments = [];

    private Order() { }

    public Order(string number, string email, int? customerId, Address shippingAddress, Address billingAddress,
        string shippingMethod, IEnumerable<OrderItem> items, OrderTotals totals, string idempotencyKey, DateTimeOffset placedAt)
    {
        Id = Guid.NewGuid();
        Number = OrderNumber.LooksValid(number) ? number : throw new DomainException($"'{number}' is not an order number.");
        Email = Customers.Customer.NormalizeEmail(email);
        CustomerId = customerId;
        ShippingAddress = shippingAddress;
        BillingAddress = billingAddress;
        ShippingMethod = shippingMethod;
        _items.AddRange(items);
        if (_items.Count == 0) throw new DomainException("An order needs at least one item.");
        Currency = totals.Subtotal.Currency;
        if (_items.Any(i => i.Currency != Currency)) throw new DomainException("All order lines must share the order's currency.");
        Subtotal = totals.Subtotal.Amount;
        DiscountTotal = totals.Discount.Amount;
        ShippingTotal = totals.Shipping.Amount;
        TaxTotal = totals.Tax.Amount;
        Total = totals.Total.Amount;
        if (Total < 0) throw new DomainException("An order total cannot be negative.");
        IdempotencyKey = Guard.NotBlank(idempotencyKey, "Idempotency key", 100);
        PlacedAt = placedAt;
    }

    public Guid Id { get; private set; }
    public string Number { get; private set; } = "";
    public int? CustomerId { get; private set; }
    public string Email { get; private set; } = "";
    public OrderStatus Status { get; private set; }
    public PaymentStatus PaymentStatus { get; private set; }
    public FulfillmentStatus FulfillmentStatus { get; private set; }
    public Address ShippingAddress { get; private set; } = null!;
    public Address BillingAddress { get; private set; } = null!;
    public string ShippingMethod { get; private set; } = "";
    public string? Carrier { get; private set; }
    public string? TrackingNumber { get; private set; }
    public string? TrackingUrl { get; private set; }
    public string Currency { get; private set; } = Common.Currency.Default;
    public decimal Subtotal { get; private set; }
    public decimal DiscountTotal { get; private set; }
    public decimal ShippingTotal { get; private set; }
    public decimal TaxTotal { get; private set; }
    public decimal Total { get; private set; }
    public decimal RefundedTotal { get; private set; }
    public string? CouponCode { get; private set; }
    public string? PaymentProvider { get; private set; }
    public string? PaymentReference { get; private set; }
    public string? CustomerNote { get; private set; }
    public string? InternalNote { get; private set; }
    public string? CancelReason { get; private set; }
    public string IdempotencyKey { get; private set; } = "";
    public DateTimeOffset PlacedAt { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }
    public DateTimeOffset? ProcessingAt { get; private set; }
    public DateTimeOffset? ShippedAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public DateTimeOffset? RefundedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public IReadOnlyCollection<OrderItem> Items => _items;
    public IReadOnlyCollection<Shipment> Shipments => _shipments;

    public Money TotalAmount => new(Total, Currency);
    public bool CanBeCancelledByCustomer =>
        Status is OrderStatus.Pending or OrderStatus.Confirmed or OrderStatus.Processing && _items.All(i => i.FulfilledQuantity == 0);

    public void UseCoupon(string code) => CouponCode = code.ToUpperInvariant();
    public void AddCustomerNote(string? note) => CustomerNote = note?.Trim();
    public void AddInternalNote(string? note) => InternalNote = note?.Trim();

    public void StartPayment(string provider, string reference)
    {
        PaymentProvider = provider;
        PaymentReference = reference;
    }

    /// <summary>Returns false when the payment had already been recorded, so a duplicate notice changes nothing.</summary>
    public bool MarkPaid(DateTimeOffset at)
    {
        if (PaymentStatus is PaymentStatus.Paid or PaymentStatus.PartiallyRefunded or PaymentStatus.Refunded) return false;
        if (Status != OrderStatus.Pending) throw new DomainException($"Order {Number} is {Status} and cannot take a payment.");
        PaymentStatus = PaymentStatus.Paid;
        Status = OrderStatus.Confirmed;
        ConfirmedAt = at;
        return true;
    }

    /// <summary>A failure that arrives after success (events out of order) never undoes the payment.</summary>
    public bool MarkPaymentFailed()
    {
        if (PaymentStatus != PaymentStatus.Pending || Status != OrderStatus.Pending) return false;
        PaymentStatus = PaymentStatus.Failed;
        return true;
    }

    public void RetryPayment()
    {
        if (Status != OrderStatus.Pending) throw new DomainException($"Order {Number} is no longer awaiting payment.");
        PaymentStatus = PaymentStatus.Pending;
    }

    public void StartProcessing(DateTimeOffset at)
    {
        Require(Status == OrderStatus.Confirmed, "only a confirmed order can be processed");
        Status = OrderStatus.Processing;
        ProcessingAt = at;
    }

    public Shipment Ship(int vendorId, string carrier, string trackingNumber, string? trackingUrl,
        IReadOnlyDictionary<int, int> quantitiesByItemId, DateTimeOffset at)
    {
        Require(Status is OrderStatus.Confirmed or OrderStatus.Processing or OrderStatus.Shipped, "this order cannot ship");
        if (quantitiesByItemId.Count == 0) throw new DomainException("A shipment must contain at least one line.");
        var shipment = new Shipment(vendorId, Guard.NotBlank(carrier, "Carrier", 50), Guard.NotBlank(trackingNumber, "Tracking number", 100), trackingUrl, at);
        foreach (var (itemId, quantity) in quantitiesByItemId)
        {
            var item = _items.FirstOrDefault(i => i.Id == itemId && i.VendorId == vendorId)
                ?? throw new DomainException("That line does not belong to this vendor's part of the order.");
            item.Fulfil(quantity);
        }
        _shipments.Add(shipment);
        (Carrier, TrackingNumber, TrackingUrl) = (shipment.Carrier, shipment.TrackingNumber, shipment.TrackingUrl);
        FulfillmentStatus = _items.All(i => i.IsFulfilled) ? FulfillmentStatus.Fulfilled : FulfillmentStatus.PartiallyFulfilled;
        if (FulfillmentStatus == FulfillmentStatus.Fulfilled)
        {
            Status = OrderStatus.Shipped;
            ShippedAt = at;
        }
        else if (Status == OrderStatus.Confirmed)
        {
            Status = OrderStatus.Processing;
            ProcessingAt ??= at;
        }
        return shipment;
    }

    public void MarkDelivered(DateTimeOffset at)
    {
        Require(Status == OrderStatus.Shipped, "only a shipped order can be delivered");
        foreach (var shipment in _shipments) shipment.MarkDelivered(at);
        Status = OrderStatus.Delivered;
        FulfillmentStatus = FulfillmentStatus.Delivered;
        DeliveredAt = at;
    }

    public void Cancel(string reason, DateTimeOffset at)
    {
        Require(Status is OrderStatus.Pending or OrderStatus.Confirmed or OrderStatus.Processing, "a shipped order cannot be cancelled");
        Require(_items.All(i => i.FulfilledQuantity == 0), "part of this order has already shipped");
        CancelReason = Guard.NotBlank(reason, "Cancel reason", 500);
        Status = OrderStatus.Cancelled;
        CancelledAt = at;
        if (PaymentStatus == PaymentStatus.Pending || PaymentStatus == PaymentStatus.Failed) PaymentStatus = PaymentStatus.Voided;
    }

    public void RecordRefund(Money amount, DateTimeOffset at)
    {
        if (amount.Currency != Currency) throw new DomainException($"Refunds for {Number} are in {Currency}.");
        Require(PaymentStatus is PaymentStatus.Paid or PaymentStatus.PartiallyRefunded, "only a paid order can be refunded");
        if (amount.Amount <= 0 || RefundedTotal + amount.Amount > Total)
            throw new DomainException($"At most {new Money(Total - RefundedTotal, Currency)} can still be refunded.");
        RefundedTotal += amount.Amount;
        PaymentStatus = RefundedTotal == Total ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
        if (PaymentStatus == PaymentStatus.Refunded)
        {
            if (Status != OrderStatus.Cancelled) Status = OrderStatus.Refunded;
            RefundedAt = at;
        }
    }

    private void Require(bool condition, string why)
    {
        if (!condition) throw new DomainException($"Order {Number}: {why} (it is {Status}).");
    }
}
