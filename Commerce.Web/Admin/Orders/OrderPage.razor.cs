using Commerce.Core.Payments;
using Commerce.Infrastructure.Ordering;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Commerce.Web.Admin.Orders;

public partial class OrderPage
{
    private enum Panel { None, Ship, Refund, Cancel }

    private AdminOrder? order;
    private bool notFound, busy, interactive, messageOk;
    private string? message;
    private Panel panel;

    [Parameter] public string Number { get; set; } = "";
    [CascadingParameter] private Task<AuthenticationState>? Authentication { get; set; }

    protected override Task OnParametersSetAsync() => LoadAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender) return;
        interactive = true;
        StateHasChanged();
    }

    private async Task LoadAsync()
    {
        order = await Orders.GetAsync(Number);
        notFound = order is null;
    }

    private void Open(Panel next) => (panel, message) = (next, null);

    private void Close() => panel = Panel.None;

    private Task ConfirmAsync() => RunAsync(async () => await Orders.ConfirmPaymentAsync(order!.Id, await ActorAsync()));

    private Task ProcessAsync() => RunAsync(() => Orders.StartProcessingAsync(order!.Id));

    private Task DeliverAsync() => RunAsync(() => Orders.MarkDeliveredAsync(order!.Id));

    private Task ShipAsync(OrderShipForm.Submission form) =>
        RunAsync(() => Orders.ShipAsync(order!.Id, form.VendorId, form.Carrier, form.TrackingNumber, form.TrackingUrl, form.Units));

    private Task RefundAsync(OrderRefundForm.Submission form) =>
        RunAsync(async () => await Orders.RefundAsync(order!.Id, order.Total.Currency, form.Amount, form.Reason, await ActorAsync(),
            form.Lines.Select(l => new RefundLine(l.ItemId, l.Quantity, l.Restock))));

    private Task CancelAsync(string? reason) => RunAsync(async () => await Orders.CancelAsync(order!.Id, reason, await ActorAsync()));

    private Task AddNoteAsync(string text) => RunAsync(async () => await Orders.AddNoteAsync(order!.Id, await ActorAsync(), text), keepPanel: true);

    private async Task RunAsync(Func<Task<OrderStepResult>> action, bool keepPanel = false)
    {
        busy = true;
        try
        {
            var result = await action();
            (message, messageOk) = (result.Message, result.Ok);
            if (result.Ok && !keepPanel) panel = Panel.None;
            await LoadAsync();
        }
        finally
        {
            busy = false;
        }
    }

    private async Task<string> ActorAsync() =>
        Authentication is null ? "staff" : (await Authentication).User.Identity?.Name ?? "staff";
}
