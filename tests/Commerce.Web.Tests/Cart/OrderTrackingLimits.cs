using System.Net;
using Commerce.Testing;
using Commerce.Web.Tests.Support;

namespace Commerce.Web.Tests.Cart;

[Collection(StoreAppCollection.Name)]
public sealed class OrderTrackingLimits(StoreApp app)
{
    [Fact]
    public async Task GuessingOrderNumbersIsCutOffAfterAFewTries()
    {
        var session = new BrowserSession(app.CreateClient());
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 12; i++)
        {
            var response = await session.PostFormAsync("/orders/track", "/orders/track", new Dictionary<string, string>
            {
                ["Input.Number"] = $"ORD-20260101-{i:D4}", ["Input.Email"] = "guess@example.com",
            }, handler: "track-order");
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
