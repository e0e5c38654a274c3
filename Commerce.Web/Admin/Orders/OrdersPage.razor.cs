using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Commerce.Web.Admin.Orders;

public partial class OrdersPage
{
    private MudDataGrid<OrderRow>? grid;
    private OrderFilter filter = new();
    private IReadOnlyList<(int Id, string Name)> vendors = [];

    [SupplyParameterFromQuery(Name = "status")] public string? StatusParameter { get; set; }
    [SupplyParameterFromQuery(Name = "payment")] public string? PaymentParameter { get; set; }
    [SupplyParameterFromQuery(Name = "fulfilment")] public string? FulfilmentParameter { get; set; }
    [SupplyParameterFromQuery(Name = "from")] public string? FromParameter { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? ToParameter { get; set; }
    [SupplyParameterFromQuery(Name = "vendor")] public string? VendorParameter { get; set; }
    [SupplyParameterFromQuery(Name = "q")] public string? TextParameter { get; set; }
    [SupplyParameterFromQuery(Name = "queue")] public string? QueueParameter { get; set; }

    private string ExportLink => "/admin/orders/export.csv" + (filter.ToQueryString() is { Length: > 0 } query ? "?" + query : "");

    protected override async Task OnInitializedAsync() => vendors = await Orders.VendorsAsync();

    protected override void OnParametersSet()
    {
        var values = new Dictionary<string, string?>
        {
            ["status"] = StatusParameter, ["payment"] = PaymentParameter, ["fulfilment"] = FulfilmentParameter, ["from"] = FromParameter,
            ["to"] = ToParameter, ["vendor"] = VendorParameter, ["q"] = TextParameter, ["queue"] = QueueParameter,
        };
        filter = OrderFilter.Parse(name => values.GetValueOrDefault(name));
    }

    private async Task<GridData<OrderRow>> LoadAsync(GridState<OrderRow> state, CancellationToken cancellationToken)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        var page = await Orders.ListAsync(filter, state.Page, state.PageSize, sort?.SortBy, sort?.Descending ?? true, cancellationToken);
        return new GridData<OrderRow> { Items = page.Rows, TotalItems = page.Total };
    }

    /// <summary>Keeps the filters in the address, so the view can be bookmarked, shared and linked from the dashboard.</summary>
    private async Task Change(OrderFilter next)
    {
        filter = next with { Queue = filter.Queue };
        var query = filter.ToQueryString();
        Navigation.NavigateTo("/admin/orders" + (query.Length > 0 ? "?" + query : ""), replace: true);
        if (grid is not null) await grid.ReloadServerData();
    }

    private static DateTime? ToDate(DateOnly? day) => day?.ToDateTime(TimeOnly.MinValue);

    private static DateOnly? FromDate(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;

}
