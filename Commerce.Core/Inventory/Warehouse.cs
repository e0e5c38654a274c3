using Commerce.Core.Common;

namespace Commerce.Core.Inventory;

public class Warehouse
{
    private Warehouse() { }

    public Warehouse(string code, string name, string countryCode, bool isDefault = false)
    {
        Code = Guard.NotBlank(code, "Warehouse code", 20).ToUpperInvariant();
        Name = Guard.NotBlank(name, "Warehouse name", 100);
        CountryCode = countryCode;
        IsDefault = isDefault;
        IsActive = true;
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string CountryCode { get; private set; } = "";
    public bool IsDefault { get; private set; }
    public bool IsActive { get; private set; }
}
