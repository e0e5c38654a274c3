namespace Commerce.Core.Catalog;

public enum ProductStatus
{
    Draft = 0,
    Active = 1,
    Archived = 2,
}
