namespace Commerce.Web.Tests.Payments;

public static class PayPage
{
    /// <summary>The order id in a "/checkout/pay/{id}" address; fails the test when the shopper was sent anywhere else.</summary>
    public static Guid OrderId(string location)
    {
        const string prefix = "/checkout/pay/";
        var path = location.StartsWith("http", StringComparison.Ordinal) ? new Uri(location).AbsolutePath : location;
        Assert.StartsWith(prefix, path);
        return Guid.Parse(path[prefix.Length..]);
    }
}
