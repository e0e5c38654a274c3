using System.Text.Json;
using Commerce.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

internal sealed class ProductSlugRedirectConfiguration : IEntityTypeConfiguration<ProductSlugRedirect>
{
    public void Configure(EntityTypeBuilder<ProductSlugRedirect> builder)
    {
        builder.Property(r => r.OldSlug).HasMaxLength(200);
        builder.HasIndex(r => r.OldSlug).IsUnique();
        builder.HasIndex(r => r.ProductId);
        builder.HasOne<Product>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CatalogImportConfiguration : IEntityTypeConfiguration<CatalogImport>
{
    public void Configure(EntityTypeBuilder<CatalogImport> builder)
    {
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.Property(i => i.Content).HasColumnType("text");
        builder.Property(i => i.RequestedBy).HasMaxLength(256);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Error).HasMaxLength(2000);
        builder.Property<List<ImportProblem>>("_problems").HasColumnName("problems").HasColumnType("jsonb")
            .HasConversion(
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                v => JsonSerializer.Deserialize<List<ImportProblem>>(v, JsonSerializerOptions.Default) ?? new List<ImportProblem>(),
                new ValueComparer<List<ImportProblem>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList()));
        builder.Ignore(i => i.Problems);
        builder.Ignore(i => i.IsFinished);
        builder.HasIndex(i => i.CreatedAt);
    }
}
