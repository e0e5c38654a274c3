namespace Commerce.Web.Storefront.Layout;

/// <summary>The storefront addresses the layout links to. The pages own their routes; if one moves, change it here.</summary>
public static class StorefrontLinks
{
    public const string Home = "/";
    public const string Search = "/search";
    public const string Cart = "/cart";
    public const string MyOrders = "/account/orders";
    public const string TrackOrder = "/orders/track";
    public const string ShippingAndReturns = "/help/shipping-returns";
    public const string Login = "/Account/Login";
    public const string Register = "/Account/Register";
    public const string ManageAccount = "/Account/Manage";
    public const string Admin = "/admin";
    public const string VendorDashboard = "/vendor";

    public static string Category(string slug) => "/c/" + Uri.EscapeDataString(slug);
}
