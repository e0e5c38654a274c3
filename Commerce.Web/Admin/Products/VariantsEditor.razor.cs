using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Commerce.Web.Admin.Products;

/// <summary>
/// Options, generated combinations and each variant's SKU, prices, image, active flag and order. New combinations
/// are appended as new rows; rows that exist are never replaced, so their ids (and with them stock and order
/// history) stay. Errors from saving are shown on the field they concern (e.g. a SKU clash on that row's SKU).
/// </summary>
public partial class VariantsEditor
{
    private List<OptionInput> options = [];
    private List<VariantInput> rows = [];
    private bool locked;
    private int lockedCount;
    private string? optionError;
    private bool saving;

    [Inject] private ProductEditorService Editor { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Parameter, EditorRequired] public int ProductId { get; set; }
    [Parameter] public CatalogScope Scope { get; set; } = CatalogScope.Store;
    [Parameter] public string ProductSku { get; set; } = "";
    [Parameter] public string Currency { get; set; } = "USD";
    [Parameter] public IReadOnlyList<VariantInput> Variants { get; set; } = [];
    [Parameter] public IReadOnlyList<ImageView> Images { get; set; } = [];
    /// <summary>Raised after a successful save, so the page can reload what depends on the variants (stock, images).</summary>
    [Parameter] public EventCallback OnSaved { get; set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    private IReadOnlyList<VariantInput>? shown;

    protected override void OnParametersSet()
    {
        // Only a new list from the page resets the editor; a re-render of the page must not drop unsaved rows.
        if (ReferenceEquals(shown, Variants)) return;
        shown = Variants;
        rows = Variants.Select(Copy).ToList();
        var existing = VariantCombinations.Of(rows.Where(r => r.Options.Count > 0).Select(r => (IReadOnlyDictionary<string, string>)r.Options));
        options = existing.Select(o => new OptionInput { Name = o.Name, Values = string.Join(", ", o.Values) }).ToList();
        // Once variants exist their option names are fixed: a new option would change every one of them.
        locked = rows.Count > 0;
        lockedCount = options.Count;
        if (options.Count == 0 && !locked) options.Add(new OptionInput());
    }

    private void Generate()
    {
        optionError = null;
        try
        {
            var defined = options.Where(o => !string.IsNullOrWhiteSpace(o.Name) || o.ValueList.Any())
                .Select(o => ProductOption.Create(o.Name, o.ValueList)).ToList();
            if (defined.Count == 0) throw new DomainException("Add an option with at least one value first.");
            var missing = VariantCombinations.Missing(defined, rows.Where(r => r.Options.Count > 0).Select(r => (IReadOnlyDictionary<string, string>)r.Options).ToList());
            if (missing.Count == 0) { optionError = "Every combination already exists."; return; }
            foreach (var combination in missing)
                rows.Add(new VariantInput
                {
                    Options = new Dictionary<string, string>(combination, StringComparer.OrdinalIgnoreCase),
                    Sku = VariantCombinations.SuggestSku(ProductSku, combination),
                });
        }
        catch (DomainException ex)
        {
            optionError = ex.Message;
        }
    }

    private void AddDefault() => rows.Add(new VariantInput { Sku = ProductSku });

    private void Move(int index, int by)
    {
        var row = rows[index];
        rows.RemoveAt(index);
        rows.Insert(index + by, row);
        Errors = new Dictionary<string, string>(); // row-keyed errors would point at the wrong rows now
    }

    private async Task SaveAsync()
    {
        saving = true;
        try
        {
            var result = await Editor.SaveVariantsAsync(ProductId, rows, Scope);
            if (result is SaveResult.Invalid invalid)
            {
                Errors = invalid.Errors;
                Snackbar.Add("Nothing was saved: fix the fields marked in red.", Severity.Error);
                return;
            }
            Errors = new Dictionary<string, string>();
            Snackbar.Add(((SaveResult.Saved)result).Message ?? "Variants saved.", Severity.Success);
            await OnSaved.InvokeAsync();
        }
        finally
        {
            saving = false;
        }
    }

    private static VariantInput Copy(VariantInput v) => new()
    {
        Id = v.Id, Options = new Dictionary<string, string>(v.Options, StringComparer.OrdinalIgnoreCase), Sku = v.Sku,
        PriceOverride = v.PriceOverride, CompareAtPrice = v.CompareAtPrice, ImageUrl = v.ImageUrl, IsActive = v.IsActive,
    };
}
