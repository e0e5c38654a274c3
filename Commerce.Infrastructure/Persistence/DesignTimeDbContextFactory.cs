using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Commerce.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the app; it never connects.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CommerceDbContext>
{
    public CommerceDbContext CreateDbContext(string[] args) => new(CommerceDbContextSetup.Options("Host=localhost;Database=commerce_design", services: null));
}
