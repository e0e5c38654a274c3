namespace Commerce.Infrastructure.Tests.Seeding;

/// <summary>One database seeded once with the demo store, shared by the classes that only read it.</summary>
public sealed class SeededDemoStore : IAsyncLifetime
{
    internal SeedingHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await SeedingHost.CreateAsync("seed_demo");
        await Host.SeedDemoStoreAsync();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SeededDemoStoreCollection : ICollectionFixture<SeededDemoStore>
{
    public const string Name = "Seeded demo store";
}
