namespace Commerce.Infrastructure.Seeding;

public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Seed the demo store into an empty database (on in Development).</summary>
    public bool DemoStore { get; set; }
}
