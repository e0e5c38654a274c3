using System.Reflection;
using Commerce.Infrastructure.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Tests.Hosting;

/// <summary>A bad setting stops the app at start with a message, whichever feature's options it belongs to.</summary>
public sealed class StartupValidation
{
    [Fact]
    public void EveryOptionsClassInfrastructureBindsIsValidatedOnStart()
    {
        var services = Registered(new() { ["ConnectionStrings:Commerce"] = "Host=127.0.0.1;Database=unused", ["Jobs:RunServer"] = "false" },
            builder => builder.AddInfrastructure());

        var bound = services.Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IOptionsChangeTokenSource<>))
            .Select(d => d.ServiceType.GetGenericArguments()[0]).ToHashSet();
        var validated = services.Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IValidateOptions<>))
            .Select(d => d.ServiceType.GetGenericArguments()[0]).ToHashSet();
        using var provider = services.BuildServiceProvider();
        var onStart = ValidatedOnStart(provider);

        Assert.Contains(typeof(Persistence.DatabaseOptions), bound);
        Assert.Contains(typeof(Identity.AdminAccountOptions), bound);
        Assert.Contains(typeof(SeedOptions), bound);
        Assert.Empty(bound.Except(validated).Select(t => t.Name));
        Assert.Empty(bound.Except(onStart).Select(t => t.Name));
    }

    [Theory]
    [InlineData("admin@store.test", null, "Admin:Password")]
    [InlineData(null, "Long enough 2026", "Admin:Email")]
    [InlineData("admin@store.test", "short", "at least 8")]
    [InlineData("not an email", "Long enough 2026", "not an email address")]
    public void AHalfOrBadAdminAccountStopsTheStart(string? email, string? password, string message)
    {
        using var provider = Registered(new() { ["Admin:Email"] = email, ["Admin:Password"] = password }, builder => builder.AddSeeding())
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void NoAdminAccountIsFine()
    {
        using var provider = Registered([], builder => builder.AddSeeding()).BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.False(provider.GetRequiredService<IOptions<Identity.AdminAccountOptions>>().Value.IsConfigured);
    }

    /// <summary>The options classes ValidateOnStart put on the start-up validator's list (it keeps them in an internal property).</summary>
    private static HashSet<Type> ValidatedOnStart(IServiceProvider provider)
    {
        var listType = typeof(IStartupValidator).Assembly.GetType("Microsoft.Extensions.Options.StartupValidatorOptions", throwOnError: true)!;
        var options = provider.GetRequiredService(typeof(IOptions<>).MakeGenericType(listType));
        var list = options.GetType().GetProperty("Value")!.GetValue(options)!;
        var validators = (System.Collections.IDictionary)listType.GetProperty("_validators", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(list)!;
        return validators.Keys.Cast<(Type Type, string Name)>().Select(k => k.Type).ToHashSet();
    }

    private static IServiceCollection Registered(Dictionary<string, string?> settings, Action<IHostApplicationBuilder> register)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        register(builder);
        return builder.Services;
    }
}
