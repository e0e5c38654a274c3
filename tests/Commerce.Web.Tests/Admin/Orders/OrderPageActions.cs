using Bunit;
using Commerce.Core.Ordering;
using Commerce.Web.Admin.Orders;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Commerce.Web.Tests.Admin.Orders;

/// <summary>The admin order page offers exactly the actions the order's state allows, and an action moves it on.</summary>
public sealed class OrderPageActions(OrderPageStore store) : IClassFixture<OrderPageStore>, IAsyncLifetime
{
    private static readonly string[] AllActions = ["action-confirm", "action-process", "action-ship", "action-deliver", "action-refund", "action-cancel"];
    private static readonly DateTimeOffset At = DateTimeOffset.UtcNow;
    private readonly BunitContext _bunit = new();

    private static readonly Dictionary<string, (Action<Order, int> Change, string[] Offered)> States = new()
    {
        ["Pending"] = ((_, _) => { }, ["action-confirm", "action-cancel"]),
        ["Confirmed"] = ((o, _) => o.MarkPaid(At), ["action-process", "action-ship", "action-refund", "action-cancel"]),
        ["Processing"] = ((o, _) => { o.MarkPaid(At); o.StartProcessing(At); }, ["action-ship", "action-refund", "action-cancel"]),
        ["PartlyShipped"] = ((o, id) => { o.MarkPaid(At); OrderPageStore.Ship(o, id, 1); }, ["action-ship", "action-refund"]),
        ["Shipped"] = ((o, id) => { o.MarkPaid(At); OrderPageStore.Ship(o, id, 2); }, ["action-deliver", "action-refund"]),
        ["Delivered"] = ((o, id) => { o.MarkPaid(At); OrderPageStore.Ship(o, id, 2); o.MarkDelivered(At); }, ["action-refund"]),
        ["CancelledUnpaid"] = ((o, _) => o.Cancel("Changed my mind", At), []),
        ["CancelledAwaitingRefund"] = ((o, _) => { o.MarkPaid(At); o.Cancel("Out of stock", At); }, ["action-refund"]),
        ["Refunded"] = ((o, _) => { o.MarkPaid(At); o.RecordRefund(o.TotalAmount, At); }, []),
    };

    public static TheoryData<string> StateNames() => [.. States.Keys];

    public Task InitializeAsync()
    {
        _bunit.Services.AddMudServices();
        store.AddServices(_bunit.Services);
        _bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        _bunit.Render<MudPopoverProvider>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _bunit.DisposeAsync();

    [Theory]
    [MemberData(nameof(StateNames))]
    public async Task OffersOnlyTheActionsValidInTheOrdersState(string state)
    {
        var number = await store.AddOrderAsync(States[state].Change);

        var page = _bunit.Render<OrderPage>(p => p.Add(x => x.Number, number));

        page.WaitForElement("[data-testid=order-actions]");
        var shown = AllActions.Where(a => page.FindAll($"[data-testid={a}]").Count > 0).ToArray();
        Assert.Equal(States[state].Offered, shown);
        Assert.Equal(shown.Length == 0, page.FindAll("[data-testid=no-actions]").Count == 1);
    }

    [Fact]
    public async Task MarkingProcessingMovesTheOrderAndTakesTheActionAway()
    {
        var number = await store.AddOrderAsync(States["Confirmed"].Change);
        var page = _bunit.Render<OrderPage>(p => p.Add(x => x.Number, number));

        page.WaitForElement("[data-testid=action-process]").Click();

        page.WaitForAssertion(() => Assert.Equal("Processing", page.Find("[data-testid=order-status]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=action-process]"));
        Assert.NotEmpty(page.FindAll("[data-testid=action-ship]"));
    }

    [Fact]
    public async Task CancellingAPaidOrderAsksFirstAndSaysHowMuchWillBeRefunded()
    {
        var number = await store.AddOrderAsync(States["Confirmed"].Change);
        var page = _bunit.Render<OrderPage>(p => p.Add(x => x.Number, number));

        page.WaitForElement("[data-testid=action-cancel]").Click();

        var question = page.WaitForElement("[data-testid=cancel-consequence]").TextContent;
        Assert.Contains("Are you sure?", question);
        Assert.Contains("$25.00 will be refunded", question);
        Assert.Equal("Yes, cancel and refund $25.00", page.Find("[data-testid=cancel-submit]").TextContent.Trim());
        Assert.Equal("Confirmed", page.Find("[data-testid=order-status]").TextContent.Trim());
    }
}
