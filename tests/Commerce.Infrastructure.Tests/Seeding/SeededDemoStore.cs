namespace Commerce.Infrastructure.Tests.Seeding;

/// <summary>One database seeded once with the demo store, shared by the classes that only read it.</summary>
public sealed class SeededDemoStore : IAsyncLifetime
{
    /// <summary>The seed's "now": a stopped clock, so a second seed can be compared with this one field by field.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    internal SeedingHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await SeedingHost.CreateAsync("seed_demo", new StoppedClock(Now));
        await Host.SeedDemoStoreAsync();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SeededDemoStoreCollection : ICollectionFixture<SeededDemoStore>
{
    public const string Name = "Seeded demo store";
}
