using Bunit;
using Commerce.Core.Catalog;
using Commerce.Core.Catalog.Search;
using Commerce.Core.Common;
using Commerce.Infrastructure.Persistence;
using Commerce.Web.Admin.Products;
using Commerce.Web.Hosting;
using Commerce.Web.Tests.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;

namespace Commerce.Web.Tests.Admin.Catalog;

/// <summary>The variants editor over a real database: generating combinations, adding a value later, a SKU clash on its field.</summary>
public sealed class VariantsEditorBehaviour(ComponentDatabase database) : IClassFixture<ComponentDatabase>, IAsyncLifetime
{
    private readonly BunitContext _bunit = new();
    private static int _sequence;

    public Task InitializeAsync()
    {
        _bunit.Services.AddMudServices();
        _bunit.Services.AddDbContextFactory<CommerceDbContext>(o => o
            .UseNpgsql(database.ConnectionString, n => n.MigrationsHistoryTable("__ef_migrations_history")).UseSnakeCaseNamingConvention());
        _bunit.Services.AddSingleton<IProductIndexer, NoIndex>();
        _bunit.Services.AddSingleton(TimeProvider.System);
        _bunit.Services.AddSingleton(Options.Create(new StoreSettings { Currency = "USD" }));
        _bunit.Services.AddScoped<ProductEditorService>();
        _bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        _bunit.Render<MudPopoverProvider>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _bunit.DisposeAsync();

    [Fact]
    public async Task GeneratesEveryCombinationWithSuggestedSkus()
    {
        var (productId, sku) = await AddProductAsync();
        var editor = Render(productId, sku, []);

        editor.Find("input[data-testid=option-name-0]").Change("Size");
        editor.Find("input[data-testid=option-values-0]").Change("S, M");
        editor.Find("button[data-testid=add-option]").Click();
        editor.Find("input[data-testid=option-name-1]").Change("Colour");
        editor.Find("input[data-testid=option-values-1]").Change("Red, Blue");
        editor.Find("button[data-testid=generate]").Click();

        var skus = editor.FindAll("input[data-testid=variant-sku]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal([$"{sku}-S-RED", $"{sku}-S-BLUE", $"{sku}-M-RED", $"{sku}-M-BLUE"], skus);
        editor.Find("button[data-testid=save-variants]").Click();
        editor.WaitForAssertion(() => Assert.Equal(4, CountVariants(productId)));
    }

    [Fact]
    public async Task AValueAddedLaterAddsOnlyTheNewCombinationsAndLeavesExistingVariantsAlone()
    {
        var (productId, sku) = await AddProductAsync(("S", "Red", "KEEP-1"), ("S", "Blue", "KEEP-2"), ("M", "Red", "KEEP-3"), ("M", "Blue", "KEEP-4"));
        var before = await VariantsAsync(productId);
        var editor = Render(productId, sku, before);

        editor.Find("input[data-testid=option-values-0]").Change("S, M, L");
        editor.Find("button[data-testid=generate]").Click();

        Assert.Equal(6, editor.FindAll("[data-testid=variant-row]").Count);
        Assert.Equal(2, editor.FindAll("tr.variant-new").Count);
        editor.Find("button[data-testid=save-variants]").Click();
        editor.WaitForAssertion(() => Assert.Equal(6, CountVariants(productId)));
        var after = await VariantsAsync(productId);
        foreach (var old in before)
        {
            var same = after.Single(v => v.Id == old.Id);
            Assert.Equal((old.Sku, old.PriceOverride), (same.Sku, same.PriceOverride));
        }
        Assert.Equal(["L / Blue", "L / Red"], after.Where(v => before.All(b => b.Id != v.Id)).Select(v => v.Name).Order());
    }

    [Fact]
    public async Task ASkuClashIsShownOnThatRowsSkuField()
    {
        var (_, _) = await AddProductAsync(("S", "Red", "CLASH-TAKEN"));
        var (productId, sku) = await AddProductAsync(("S", "Red", "CLASH-MINE"));
        var editor = Render(productId, sku, await VariantsAsync(productId));

        editor.Find("input[data-testid=variant-sku]").Change("clash-taken");
        editor.Find("button[data-testid=save-variants]").Click();

        editor.WaitForAssertion(() => Assert.Contains("SKU CLASH-TAKEN is already used by Editor Tee", editor.Find("[data-testid=variant-row]").TextContent));
        Assert.Contains("mud-input-error", editor.Find("[data-testid=variant-row] .mud-input-control").OuterHtml);
        Assert.Equal("CLASH-MINE", (await VariantsAsync(productId)).Single().Sku);
    }

    private IRenderedComponent<VariantsEditor> Render(int productId, string sku, IReadOnlyList<VariantInput> variants) =>
        _bunit.Render<VariantsEditor>(p => p.Add(x => x.ProductId, productId).Add(x => x.ProductSku, sku).Add(x => x.Variants, variants));

    private async Task<(int Id, string Sku)> AddProductAsync(params (string Size, string Colour, string Sku)[] variants)
    {
        var n = Interlocked.Increment(ref _sequence);
        await using var db = database.NewContext();
        var vendor = await db.Vendors.FirstOrDefaultAsync() ?? db.Vendors.Add(new Core.Marketplace.Vendor("Editor Vendor", "editor-vendor", "editor@vendor.test", 0.1m)).Entity;
        var category = await db.Categories.FirstOrDefaultAsync() ?? db.Categories.Add(new Category("Editor Tees", "editor-tees")).Entity;
        await db.SaveChangesAsync();
        var product = new Product(vendor.Id, category.Id, "Editor Tee", $"editor-tee-{n}", $"ED{n}", new Money(20m, "USD"));
        foreach (var (size, colour, sku) in variants) product.AddVariant(sku, new Dictionary<string, string> { ["Size"] = size, ["Colour"] = colour });
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return (product.Id, product.Sku);
    }

    private async Task<IReadOnlyList<VariantInput>> VariantsAsync(int productId)
    {
        await using var db = database.NewContext();
        return (await db.Variants.AsNoTracking().Where(v => v.ProductId == productId).OrderBy(v => v.SortOrder).ToListAsync())
            .Select(v => new VariantInput { Id = v.Id, Options = new(v.Options, StringComparer.OrdinalIgnoreCase), Sku = v.Sku, PriceOverride = v.PriceOverride, IsActive = v.IsActive })
            .ToList();
    }

    private int CountVariants(int productId)
    {
        using var db = database.NewContext();
        return db.Variants.Count(v => v.ProductId == productId);
    }

    private sealed class NoIndex : IProductIndexer
    {
        public Task IndexProductsAsync(IReadOnlyCollection<int> productIds, CancellationToken cancellationToken = default) => Task.CompletedTask;
        public Task<int> ReindexAllAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);
    }
}
