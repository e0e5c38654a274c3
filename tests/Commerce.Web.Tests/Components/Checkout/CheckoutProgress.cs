using Bunit;
using Commerce.Web.Storefront.Checkout;

namespace Commerce.Web.Tests.Components.Checkout;

public sealed class CheckoutProgress
{
    [Fact]
    public async Task CurrentStepIsMarkedForAssistiveTechnology()
    {
        await using var bunit = new BunitContext();
        var steps = bunit.Render<CheckoutSteps>(p => p.Add(x => x.Current, 2));

        var current = Assert.Single(steps.FindAll("li[aria-current]"));
        Assert.Equal("step", current.GetAttribute("aria-current"));
        Assert.Contains("current", current.ClassList);
        Assert.Contains("Shipping", current.TextContent);
    }

    [Fact]
    public async Task DoneStepsAreLinksBackAndLaterStepsAreNot()
    {
        await using var bunit = new BunitContext();
        var steps = bunit.Render<CheckoutSteps>(p => p.Add(x => x.Current, 3));

        Assert.Equal(["/checkout", "/checkout/shipping"], steps.FindAll("li.done a").Select(a => a.GetAttribute("href")));
        Assert.Empty(steps.FindAll("li.current a"));
        Assert.Contains("Review & pay", steps.Find("li.current").TextContent);
    }

    [Fact]
    public async Task OnTheFirstStepNothingIsALink()
    {
        await using var bunit = new BunitContext();
        var steps = bunit.Render<CheckoutSteps>(p => p.Add(x => x.Current, 1));

        Assert.Empty(steps.FindAll("a"));
        Assert.Empty(steps.FindAll("li.done"));
        Assert.Equal(3, steps.FindAll("li").Count);
        Assert.Contains("Details", steps.Find("li[aria-current=step]").TextContent);
    }
}
