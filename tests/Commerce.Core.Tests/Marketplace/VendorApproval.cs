using Commerce.Core.Common;
using Commerce.Core.Marketplace;

namespace Commerce.Core.Tests.Marketplace;

public class VendorApproval
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static Vendor Applicant() => new("Tee Co", "tee-co", "Hello@TeeCo.test", 0.15m);

    [Fact]
    public void ApplicantCannotSellUntilApproved()
    {
        var vendor = Applicant();
        Assert.False(vendor.CanSell);
        Assert.Equal("hello@teeco.test", vendor.Email);

        vendor.Approve(Now);

        Assert.True(vendor.CanSell);
        Assert.Equal(Now, vendor.ApprovedAt);
    }

    [Fact]
    public void ApprovingTwiceKeepsTheFirstDate()
    {
        var vendor = Applicant();
        vendor.Approve(Now);

        vendor.Approve(Now.AddDays(1));

        Assert.Equal(Now, vendor.ApprovedAt);
    }

    [Fact]
    public void SuspendsOnlyApprovedAndRejectsOnlyPending()
    {
        var vendor = Applicant();
        Assert.Throws<DomainException>(() => vendor.Suspend());

        vendor.Approve(Now);
        Assert.Throws<DomainException>(() => vendor.Reject());

        vendor.Suspend();
        Assert.False(vendor.CanSell);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void RefusesACommissionOutsideZeroToHundredPercent(decimal rate)
    {
        Assert.Throws<DomainException>(() => new Vendor("Tee Co", "tee-co", "hello@teeco.test", rate));
    }
}
