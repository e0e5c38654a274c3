using Commerce.Testing;

namespace Commerce.Web.Tests.Support;

/// <summary>One seeded store shared by the web tests that only read or add their own data.</summary>
[CollectionDefinition(Name)]
public sealed class StoreAppCollection : ICollectionFixture<StoreApp>
{
    public const string Name = "store";
}
