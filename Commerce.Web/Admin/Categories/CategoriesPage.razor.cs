using Commerce.Web.Admin.Products;
using Microsoft.AspNetCore.Components;

namespace Commerce.Web.Admin.Categories;

public partial class CategoriesPage
{
    private IReadOnlyList<CategoryNodeRow> tree = [];
    private int? selectedId;
    private CategoryInput? input;
    private string? newName;
    private string? createError;

    [Inject] private CategoriesService Categories { get; set; } = default!;

    private string SelectedName => tree.FirstOrDefault(n => n.Id == selectedId)?.Name ?? "";

    protected override async Task OnInitializedAsync() => tree = await Categories.TreeAsync();

    private async Task SelectAsync(int? id)
    {
        selectedId = id;
        input = id is { } value ? await Categories.LoadAsync(value) : null;
    }

    private async Task CreateAsync()
    {
        createError = null;
        var result = await Categories.CreateAsync(newName ?? "", selectedId);
        if (result is SaveResult.Invalid invalid) { createError = invalid.Errors.Values.First(); return; }
        newName = null;
        tree = await Categories.TreeAsync();
        await SelectAsync(((SaveResult.Saved)result).Id);
    }

    private async Task ReorderAsync(int id, int by)
    {
        await Categories.ReorderAsync(id, by);
        tree = await Categories.TreeAsync();
    }

    private async Task ChangedAsync()
    {
        tree = await Categories.TreeAsync();
        await SelectAsync(selectedId);
    }

    private async Task DeletedAsync()
    {
        selectedId = null;
        input = null;
        tree = await Categories.TreeAsync();
    }
}
