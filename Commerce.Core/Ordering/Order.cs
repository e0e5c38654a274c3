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
    /// <summary>Held by refunds the provider has not answered yet, so two refunds at once can never pass the total.</summary>
    public decimal RefundPendingTotal { get; private set; }
    /// <summary>What can still be refunded: paid, less refunded and less refunds under way.</summary>
    public Money Refundable => new(Total - RefundedTotal - RefundPendingTotal, Currency);
    public bool IsPaid => PaymentStatus is PaymentStatus.Paid or PaymentStatus.PartiallyRefunded;
    public bool HasShippedAnything => _items.Any(i => i.FulfilledQuantity > 0);
    public bool CanBeCancelledByCustomer => Allows(OrderAction.Cancel);

    /// <summary>Whether the order's state allows the action now. Pages offer exactly these; the methods refuse the rest.</summary>
    public bool Allows(OrderAction action) => action switch
    {
        OrderAction.Confirm => Status == OrderStatus.Pending && PaymentStatus == PaymentStatus.Pending,
        OrderAction.StartProcessing => Status == OrderStatus.Confirmed,
        OrderAction.Ship => Status is OrderStatus.Confirmed or OrderStatus.Processing && _items.Any(i => i.QuantityToShip > 0),
        OrderAction.MarkDelivered => Status == OrderStatus.Shipped,
        OrderAction.Cancel => Status is OrderStatus.Pending or OrderStatus.Confirmed or OrderStatus.Processing && !HasShippedAnything,
        OrderAction.Refund => IsPaid && Refundable.Amount > 0,
        _ => false,
    };

    public IReadOnlyList<OrderAction> AllowedActions => Enum.GetValues<OrderAction>().Where(Allows).ToList();

    public void UseCoupon(string code) => CouponCode = code.ToUpperInvariant();
    public void AddCustomerNote(string? note) => CustomerNote = note?.Trim();

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
        MoveTo(OrderStatus.Confirmed);
        ConfirmedAt = at;
        return true;
    }

    /// <summary>Staff confirm a payment received outside the provider (a bank transfer, cash): the order is paid.</summary>
    public void ConfirmPayment(DateTimeOffset at)
    {
        Require(OrderAction.Confirm, "only an order awaiting payment can be confirmed");
        MarkPaid(at);
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
        Require(OrderAction.StartProcessing, "only a confirmed order can be processed");
        MoveTo(OrderStatus.Processing);
        ProcessingAt = at;
    }

    /// <summary>
    /// One vendor sends some or all of its remaining units. The order is shipped once every vendor has sent
    /// everything still to send (units refunded before shipping are not waited for).
    /// </summary>
    public Shipment Ship(int vendorId, string carrier, string trackingNumber, string? trackingUrl,
        IReadOnlyDictionary<int, int> quantitiesByItemId, DateTimeOffset at)
    {
        Require(OrderAction.Ship, "this order cannot ship");
        var wanted = quantitiesByItemId.Where(q => q.Value != 0).ToList();
        if (wanted.Count == 0) throw new DomainException("A shipment must contain at least one line.");
        var shipment = new Shipment(vendorId, carrier, trackingNumber, trackingUrl, at);
        var lines = wanted.Select(q => (Item: _items.FirstOrDefault(i => i.Id == q.Key && i.VendorId == vendorId)
            ?? throw new DomainException("That line does not belong to this vendor's part of the order."), Quantity: q.Value)).ToList();
        foreach (var (item, quantity) in lines)
            if (quantity <= 0 || quantity > item.QuantityToShip)
                throw new DomainException($"Only {item.QuantityToShip} of {item.Sku} remain to ship.");
        foreach (var (item, quantity) in lines)
        {
            item.Fulfil(quantity);
            shipment.Add(item, quantity);
        }
        _shipments.Add(shipment);
        (Carrier, TrackingNumber, TrackingUrl) = (shipment.Carrier, shipment.TrackingNumber, shipment.TrackingUrl);
        UpdateFulfilment(at);
        if (Status == OrderStatus.Confirmed)
        {
            MoveTo(OrderStatus.Processing);
            ProcessingAt ??= at;
        }
        return shipment;
    }

    /// <summary>Whether this vendor still has units to send on this order.</summary>
    public bool AwaitsShipmentFrom(int vendorId) => _items.Any(i => i.VendorId == vendorId && i.QuantityToShip > 0);

    public void MarkDelivered(DateTimeOffset at)
    {
        Require(OrderAction.MarkDelivered, "only a shipped order can be delivered");
        foreach (var shipment in _shipments) shipment.MarkDelivered(at);
        MoveTo(OrderStatus.Delivered);
        FulfillmentStatus = FulfillmentStatus.Delivered;
        DeliveredAt = at;
    }

    public void Cancel(string reason, DateTimeOffset at)
    {
        Require(OrderAction.Cancel, HasShippedAnything ? "part of this order has already shipped" : "it can no longer be cancelled");
        CancelReason = Guard.NotBlank(reason, "Cancel reason", 500);
        MoveTo(OrderStatus.Cancelled);
        CancelledAt = at;
        if (PaymentStatus == PaymentStatus.Pending || PaymentStatus == PaymentStatus.Failed) PaymentStatus = PaymentStatus.Voided;
    }

    /// <summary>
    /// Holds a refund's amount and units before the provider is asked, so a second refund at the same time sees
    /// what is left. <see cref="CompleteRefund"/> or <see cref="AbandonRefund"/> ends it.
    /// </summary>
    public void RequestRefund(Money amount, IReadOnlyCollection<Payments.RefundLine> lines)
    {
        if (amount.Currency != Currency) throw new DomainException($"Refunds for {Number} are in {Currency}.");
        Require(OrderAction.Refund, "it has no payment left to refund");
        if (amount.Amount <= 0) throw new DomainException("A refund must be for more than zero.");
        if (amount.Round() != amount) throw new DomainException("Refunds are in whole cents.");
        if (amount > Refundable) throw new DomainException($"At most {Refundable.Format()} can still be refunded on order {Number}.");
        var items = lines.Select(l => (Item: _items.FirstOrDefault(i => i.Id == l.OrderItemId)
            ?? throw new DomainException("That line is not part of this order."), l.Quantity)).ToList();
        foreach (var group in items.GroupBy(x => x.Item))
            if (group.Sum(x => x.Quantity) is var units && (units <= 0 || group.Key.RefundedQuantity + units > group.Key.Quantity))
                throw new DomainException($"Only {group.Key.Quantity - group.Key.RefundedQuantity} of {group.Key.Sku} can still be refunded.");
        foreach (var (item, quantity) in items) item.Refund(quantity);
        RefundPendingTotal += amount.Amount;
    }

    /// <summary>The provider made the refund: the held amount becomes refunded; a full refund ends the order as refunded.</summary>
    public void CompleteRefund(Money amount, DateTimeOffset at)
    {
        if (amount.Currency != Currency || amount.Amount <= 0 || amount.Amount > RefundPendingTotal)
            throw new DomainException($"No refund of {amount.Format()} is under way on order {Number}.");
        RefundPendingTotal -= amount.Amount;
        RefundedTotal += amount.Amount;
        PaymentStatus = RefundedTotal == Total ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
        if (PaymentStatus == PaymentStatus.Refunded)
        {
            RefundedAt = at;
            if (OrderStateMachine.CanMove(Status, OrderStatus.Refunded)) MoveTo(OrderStatus.Refunded);
            return;
        }
        UpdateFulfilment(at);
    }

    /// <summary>The provider refused: the held amount and units are free again.</summary>
    public void AbandonRefund(Money amount, IReadOnlyCollection<Payments.RefundLine> lines)
    {
        if (amount.Currency != Currency || amount.Amount > RefundPendingTotal)
            throw new DomainException($"No refund of {amount.Format()} is under way on order {Number}.");
        RefundPendingTotal -= amount.Amount;
        foreach (var line in lines) _items.FirstOrDefault(i => i.Id == line.OrderItemId)?.UndoRefund(line.Quantity);
    }

    /// <summary>A refund the provider has already made (e.g. in its dashboard), recorded in one step.</summary>
    public void RecordRefund(Money amount, DateTimeOffset at)
    {
        RequestRefund(amount, []);
        CompleteRefund(amount, at);
    }

    private void UpdateFulfilment(DateTimeOffset at)
    {
        if (!HasShippedAnything || Status is not (OrderStatus.Confirmed or OrderStatus.Processing)) return;
        FulfillmentStatus = _items.All(i => i.IsFulfilled) ? FulfillmentStatus.Fulfilled : FulfillmentStatus.PartiallyFulfilled;
        if (FulfillmentStatus != FulfillmentStatus.Fulfilled) return;
        MoveTo(OrderStatus.Shipped);
        ShippedAt = at;
    }

    private void MoveTo(OrderStatus next)
    {
        if (!OrderStateMachine.CanMove(Status, next)) throw new DomainException($"Order {Number} cannot go from {Status} to {next}.");
        Status = next;
    }

    private void Require(OrderAction action, string why)
    {
        if (!Allows(action)) throw new DomainException($"Order {Number}: {why} (it is {Status}).");
    }
}
