using Commerce.Web.Admin;

namespace Commerce.Web.Tests.Admin.Insights;

public sealed class AdminRouteTable
{
    [Theory]
    [InlineData("/admin", true)]
    [InlineData("/admin/customers?q=ada", true)]
    [InlineData("/admin/customers/42", true)]
    [InlineData("/admin/customers/export", false)]
    [InlineData("/admin/reports/sales", true)]
    [InlineData("/admin/no-such-page", false)]
    public void KnowsWhichAdminAddressesHaveAPage(string path, bool exists) => Assert.Equal(exists, AdminRoutes.Has(path));
}
