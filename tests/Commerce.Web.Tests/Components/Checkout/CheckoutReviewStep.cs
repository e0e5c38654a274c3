using Bunit;
using Commerce.Core.Common;
using Commerce.Infrastructure.Payments;
using Commerce.Web.Storefront.Checkout;
using Commerce.Web.Tests.Components.Cart;
using static Commerce.Web.Tests.Components.Cart.CartStore;
using CartEntity = Commerce.Core.Cart.Cart;

namespace Commerce.Web.Tests.Components.Checkout;

/// <summary>Checkout step 3: the server's final figures, the payment choice and the place-order form.</summary>
public sealed class CheckoutReviewStep(CartStore store) : IClassFixture<CartStore>
{
    private const string Loaded = "#order-totals";

    [Fact]
    public async Task TotalsAreTheServersFiguresAtTodaysPrices()
    {
        var (tee, cart) = await ReadyCartAsync();
        await store.RepriceAsync(tee, 27m); // changed since the shopper added it at $25.00
        await using var bunit = ShopperVisit.Create(store, cart.Token);

        var page = await bunit.RenderLoadedAsync<ReviewPage>(Loaded);

        Assert.Equal("$54.00", page.Text("td[data-total=subtotal]"));
        Assert.Equal("$5.00", page.Text("td[data-total=shipping]"));
        Assert.Equal("$4.32", page.Text("td[data-total=tax]"));
        Assert.Equal("$63.32", page.Text("td[data-total=total]"));
        Assert.Equal("Place order · $63.32", page.Text("#place-order"));
        Assert.Equal("Organic Tee × 2 $54.00", page.Find(".review-lines li").Squashed());
    }

    [Fact]
    public async Task ReviewRepeatsTheAddressEmailAndChosenMethodWithLinksToChangeThem()
    {
        var (_, cart) = await ReadyCartAsync();
        await using var bunit = ShopperVisit.Create(store, cart.Token);

        var page = await bunit.RenderLoadedAsync<ReviewPage>(Loaded);

        Assert.Equal(Home.Lines(), page.Find(".review-addresses address").ChildNodes.OfType<AngleSharp.Dom.IText>().Select(t => t.Data.Trim()).Where(t => t != ""));
        Assert.Equal("casey@example.test", page.Text(".review-addresses address + p"));
        Assert.Equal("Standard", page.FindAll(".review-addresses div")[1].QuerySelector("p")!.TextContent);
        Assert.Equal(["/checkout", "/checkout/shipping"], page.FindAll(".review-addresses a.edit").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task PlaceOrderFormCarriesAnIdempotencyKeyAndNoPrices()
    {
        var (_, cart) = await ReadyCartAsync();
        await using var bunit = ShopperVisit.Create(store, cart.Token);

        var form = (await bunit.RenderLoadedAsync<ReviewPage>(Loaded)).Find("form.payment-form");

        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal(
            [ShopperVisit.AntiforgeryField, "Input.IdempotencyKey", "Input.ExpectedTotal", "Input.CardNumber"],
            form.FieldNames());
        var key = form.QuerySelector("input[name='Input.IdempotencyKey']")!;
        Assert.Equal("hidden", key.GetAttribute("type"));
        Assert.Matches("^[0-9a-f]{32}$", key.GetAttribute("value")!);
        // The shown total goes back only to be compared with a fresh quote (PlaceOrderCommand.ExpectedTotal): nothing posted is a price.
        Assert.Equal("59.00", form.QuerySelector("input[name='Input.ExpectedTotal']")!.GetAttribute("value"));
        Assert.DoesNotContain(form.FieldNames(), name => name.Contains("Price", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Amount", StringComparison.OrdinalIgnoreCase) || name.Contains("Subtotal", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Discount", StringComparison.OrdinalIgnoreCase) || name.Contains("Shipping", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task EachReviewIssuesItsOwnIdempotencyKey()
    {
        var (_, cart) = await ReadyCartAsync();
        await using var first = ShopperVisit.Create(store, cart.Token);
        await using var second = ShopperVisit.Create(store, cart.Token);

        var keys = new[] { first, second }.Select(async visit => (await visit.RenderLoadedAsync<ReviewPage>(Loaded))
            .Find("input[name='Input.IdempotencyKey']").GetAttribute("value"));

        var issued = await Task.WhenAll(keys);
        Assert.NotEqual(issued[0], issued[1]);
    }

    [Fact]
    public async Task OfflinePaymentsAskForATestCardNumber()
    {
        var (_, cart) = await ReadyCartAsync();
        await using var bunit = ShopperVisit.Create(store, cart.Token);

        var page = await bunit.RenderLoadedAsync<ReviewPage>(Loaded);

        var card = page.Find(".payment-form input#card-number");
        Assert.Equal("Input.CardNumber", card.GetAttribute("name"));
        Assert.Equal("cc-number", card.GetAttribute("autocomplete"));
        Assert.Contains(OfflinePaymentGateway.SuccessCard, page.Text(".payment-form .hint"));
    }

    [Fact]
    public async Task StripePaymentsTakeTheCardOnTheNextStepSoNoCardFieldIsShown()
    {
        var (_, cart) = await ReadyCartAsync();
        await using var bunit = ShopperVisit.Create(store, cart.Token, gateway: new StripeNamedGateway());

        var page = await bunit.RenderLoadedAsync<ReviewPage>(Loaded);

        Assert.Empty(page.FindAll("#card-number"));
        Assert.Equal("You'll enter your card details securely with Stripe on the next step.", page.Text(".payment-form .hint"));
        Assert.DoesNotContain("Input.CardNumber", page.Find("form.payment-form").FieldNames());
    }

    [Fact]
    public async Task WithoutAShippingMethodTheShopperIsSentBackToStepTwo()
    {
        var tee = await store.AddProductAsync("Organic Tee", 25m, stock: 10);
        var cart = await store.AddCartAsync(c =>
        {
            c.AddItem(tee, 1, Usd(25m), DateTimeOffset.UtcNow);
            c.SetCheckoutDetails("casey@example.test", Home, null);
        });
        await using var bunit = ShopperVisit.Create(store, cart.Token);

        var page = await bunit.RenderLoadedAsync<ReviewPage>(".checkout-page p a[href='/checkout/shipping']");

        Assert.Equal("Please complete the previous step first.", page.Find(".checkout-page > p").Squashed());
        Assert.Empty(page.FindAll("form"));
        Assert.Empty(page.FindAll("#place-order"));
    }

    /// <summary>Two tees at $25.00 with an email, the Springfield address and Standard shipping: $50.00 + $5.00 + 8 % tax on the goods = $59.00.</summary>
    private async Task<(int Tee, CartEntity Cart)> ReadyCartAsync()
    {
        var tee = await store.AddProductAsync("Organic Tee", 25m, stock: 10);
        var cart = await store.AddCartAsync(c =>
        {
            c.AddItem(tee, 2, Usd(25m), DateTimeOffset.UtcNow);
            c.SetCheckoutDetails("casey@example.test", Home, null);
            c.ChooseShipping(store.StandardId);
        });
        return (tee, cart);
    }

    /// <summary>The review page only asks the gateway its name; the Stripe gateway itself needs API keys and a network.</summary>
    private sealed class StripeNamedGateway : IPaymentGateway
    {
        public string Name => Commerce.Infrastructure.Payments.Stripe.StripePaymentGateway.ProviderName;
        public Task<PaymentOutcome> StartAsync(PaymentRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<RefundOutcome> RefundAsync(string paymentReference, Money amount, string idempotencyKey, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}
