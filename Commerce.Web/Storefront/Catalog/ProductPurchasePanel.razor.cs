using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Infrastructure.Inventory;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Commerce.Web.Storefront.Catalog;

/// <summary>
/// The interactive island of the product page: gallery, variant picker, price and stock, add to cart.
/// Choosing a variant updates everything in place and rewrites ?variant= in the address bar; stock changes made
/// by other shoppers arrive from the server while the page is open.
/// </summary>
public partial class ProductPurchasePanel
{
    private VariantMatrix _matrix = null!;
    private IReadOnlyDictionary<string, string> _selection = new Dictionary<string, string>();
    private ProductImageView? _shownImage;
    private string? _adjustment;
    private bool _interactive;
    private IDisposable? _subscription;

    [Parameter, EditorRequired] public ProductDetails Product { get; set; } = null!;
    [Parameter] public int? InitialVariantId { get; set; }

    private VariantView? Selected { get; set; }

    private decimal LowestPrice => Product.Variants.Min(v => v.Price);

    private Money? WasPrice => Selected?.WasPrice is { } was ? Product.Money(was) : null;

    private ProductImageView MainImage =>
        _shownImage
        ?? (Selected?.ImageUrl is { } url ? Product.Images.FirstOrDefault(i => i.Url == url) ?? new ProductImageView(url, $"{Product.Name} – {Selected.Name}") : null)
        ?? Product.Images.FirstOrDefault()
        ?? new ProductImageView("/assets/brand/logo-mark.svg", Product.Name);

    protected override void OnParametersSet()
    {
        _matrix = Product.Matrix();
        var initial = _matrix.Initial(InitialVariantId);
        Apply(initial);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender) return;
        _subscription = StockFeed.Subscribe(Product.Id, RefreshStockAsync);
        _interactive = true;
        StateHasChanged();
    }

    private async Task Choose(string option, string value)
    {
        Apply(_matrix.Choose(_selection, option, value));
        _shownImage = null;
        if (Selected is not null)
            await JS.InvokeVoidAsync("history.replaceState", null, "", $"/p/{Product.Slug}?variant={Selected.Id}");
    }

    private void Apply(VariantSelection selection)
    {
        _selection = selection.Options;
        _adjustment = selection.Adjustment;
        Selected = selection.Variant is { } v ? Product.Variants.First(x => x.Id == v.VariantId) : null;
    }

    private async Task RefreshStockAsync()
    {
        var stock = await Details.StockAsync(Product.Id);
        var variants = Product.Variants
            .Select(v => stock.TryGetValue(v.Id, out var s) ? v with { Stock = s.Status, Available = Math.Min(s.Available, 999) } : v)
            .ToList();
        await InvokeAsync(() =>
        {
            Product = Product with { Variants = variants };
            _matrix = Product.Matrix();
            if (Selected is not null) Selected = variants.First(v => v.Id == Selected.Id);
            StateHasChanged();
        });
    }

    public void Dispose() => _subscription?.Dispose();
}
