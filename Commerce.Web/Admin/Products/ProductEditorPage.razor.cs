using Commerce.Web.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace Commerce.Web.Admin.Products;

/// <summary>Creates and edits one product: details, variants, images and stock on tabs; the last three once it is saved.</summary>
public partial class ProductEditorPage
{
    private ProductEditorModel? model;
    private ProductInput? input;
    private IReadOnlyDictionary<string, string> errors = new Dictionary<string, string>();
    private IReadOnlyList<LookupOption> categories = [];
    private IReadOnlyList<LookupOption> vendors = [];
    private List<BreadcrumbItem> breadcrumbs = [];
    private string currency = "USD";
    private bool notFound;
    private bool saving;
    private bool ready;
    private int tab;
    private int stockVersion;

    [Inject] private ProductEditorService Editor { get; set; } = default!;
    [Inject] private ProductsService Products { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IOptions<StoreSettings> Store { get; set; } = default!;

    [Parameter] public int? Id { get; set; }
    [SupplyParameterFromQuery(Name = "tab")] public string? Tab { get; set; }
    /// <summary>Whose products this editor may open; the vendor area passes the signed-in vendor.</summary>
    [Parameter] public CatalogScope Scope { get; set; } = CatalogScope.Store;
    /// <summary>Where the grid of this editor lives ("/admin/products", or the vendor area's).</summary>
    [Parameter] public string ListPath { get; set; } = "/admin/products";

    protected override async Task OnParametersSetAsync()
    {
        categories = await Products.CategoriesAsync();
        if (!Scope.IsVendor) vendors = await Products.VendorsAsync();
        currency = Store.Value.Currency;
        await ReloadAsync();
        tab = Tab switch { "variants" => 1, "images" => 2, "stock" => 3, _ => tab };
        breadcrumbs = [new("Products", ListPath), new(Id is null ? "New" : model?.Input.Name ?? "Product", null, disabled: true)];
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender) { ready = true; StateHasChanged(); }
    }

    private async Task ReloadAsync()
    {
        if (Id is not { } id)
        {
            input ??= new ProductInput { VendorId = Scope.VendorId };
            return;
        }
        model = await Editor.LoadAsync(id, Scope);
        notFound = model is null;
        input = model?.Input;
        currency = model?.Currency ?? currency;
        stockVersion++;
    }

    private async Task SaveAsync()
    {
        if (input is null) return;
        saving = true;
        try
        {
            var result = await Editor.SaveAsync(Id, input, Scope);
            if (result is SaveResult.Invalid invalid)
            {
                errors = invalid.Errors;
                tab = 0;
                Snackbar.Add("Nothing was saved: fix the fields marked in red.", Severity.Error);
                return;
            }
            errors = new Dictionary<string, string>();
            Snackbar.Add("Product saved.", Severity.Success);
            var saved = ((SaveResult.Saved)result).Id;
            if (Id is null) Navigation.NavigateTo($"{ListPath}/{saved}?tab=variants");
            else await ReloadAsync();
        }
        finally
        {
            saving = false;
        }
    }
}
