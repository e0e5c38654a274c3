using Commerce.Infrastructure.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Commerce.Web.Hosting;

internal static class Welcome
{
    /// <summary>Prints where the store listens and, for the demo store, how to log in.</summary>
    public static void PrintWelcome(this WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = addresses.FirstOrDefault() ?? "(unknown address)";
        var lines = new List<string> { "", $"  Commerce is running at {url}", $"    storefront   {url}/", $"    admin        {url}/admin", $"    vendor       {url}/vendor" };
        if (app.Services.GetRequiredService<IOptions<SeedOptions>>().Value.DemoStore)
        {
            lines.Add("  Demo logins:");
            lines.AddRange(DemoAccounts.All.Select(a => $"    {a.Role,-9}{a.Email}  /  {a.Password}"));
        }
        lines.Add("");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
