namespace Commerce.Infrastructure.Reporting;

/// <summary>One day, week or month of sales. Amounts are in the currency the ledger was asked about.</summary>
public sealed record SalesBucket(DateOnly Start, int Orders, decimal Gross, decimal Discounts, decimal Shipping, decimal Tax,
    int RefundCount, decimal Refunds, int CartsStarted)
{
    public decimal Revenue => Gross - Refunds;
}

public enum SalesDimension
{
    Product = 0,
    Vendor = 1,
    Category = 2,
}

/// <summary>
/// Sales of one product, vendor or category: <see cref="Sales"/> are its line totals (after discounts, with tax) on
/// orders placed in the range; <see cref="Refunds"/> its share of refunds issued in the range.
/// </summary>
public sealed record SalesByKey(int Id, string Name, int Units, int Orders, decimal Sales, decimal Refunds)
{
    public decimal Revenue => Sales - Refunds;
}

/// <summary>Tax charged on sales shipped to one country and region, and the share of it given back by refunds.</summary>
public sealed record TaxByRegion(string CountryCode, string Region, int Orders, decimal Taxable, decimal Tax, decimal TaxRefunded)
{
    public decimal NetTax => Tax - TaxRefunded;
}

/// <summary>What one coupon brought in over a range: sales with it, the discount it gave, refunds on those orders.</summary>
public sealed record CouponSales(int CouponId, string Code, int Orders, decimal Gross, decimal Discount, decimal Refunds)
{
    public decimal Revenue => Gross - Refunds;
}

/// <summary>One refund the provider made.</summary>
public sealed record RefundMade(DateTimeOffset CompletedAt, Guid OrderId, string OrderNumber, string Email, decimal Amount, string Reason);
