using Commerce.Core.Common;

namespace Commerce.Core.Tests.Common;

public class AddressLines
{
    [Fact]
    public void SkipsBlankOptionalParts()
    {
        var address = new Address("Ada Lovelace", "1 Main St", " ", "Springfield", null, "12345", "US", null);

        Assert.Equal(["Ada Lovelace", "1 Main St", "12345 Springfield", "US"], address.Lines());
    }

    [Fact]
    public void IncludesSecondLineAndRegionWhenPresent()
    {
        var address = new Address("Ada Lovelace", "1 Main St", "Apt 4", "Springfield", "IL", "12345", "US", null);

        Assert.Equal(["Ada Lovelace", "1 Main St", "Apt 4", "12345 Springfield IL", "US"], address.Lines());
    }
}
