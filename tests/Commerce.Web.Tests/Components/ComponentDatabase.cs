using Commerce.Testing;

namespace Commerce.Web.Tests.Components;

/// <summary>A fresh, migrated PostgreSQL database per test class, for components whose services read or write it.</summary>
public sealed class ComponentDatabase : TestDatabase
{
    protected override string DatabaseName => "bunit";
}
