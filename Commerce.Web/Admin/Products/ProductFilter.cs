using Commerce.Core.Catalog;

namespace Commerce.Web.Admin.Products;

public sealed record ProductFilter(string? Text = null, ProductStatus? Status = null, int? CategoryId = null, int? VendorId = null,
    StockFilter Stock = StockFilter.Any, bool? Featured = null);
