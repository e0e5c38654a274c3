using Commerce.Core.Catalog;
using Commerce.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Slug).HasMaxLength(200);
        builder.Property(c => c.Description).HasColumnType("text");
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasIndex(c => new { c.ParentId, c.SortOrder });
        builder.HasOne(c => c.Parent).WithMany(c => c.Children).HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Children).HasField("_children");
    }
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Slug).HasMaxLength(200);
        builder.Property(p => p.Sku).HasMaxLength(64);
        builder.Property(p => p.Barcode).HasMaxLength(64);
        builder.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(p => p.ShortDescription).HasMaxLength(500);
        builder.Property(p => p.Description).HasColumnType("text");
        builder.Property(p => p.SeoTitle).HasMaxLength(200);
        builder.Property(p => p.SeoDescription).HasMaxLength(400);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.ComplexProperty(p => p.Dimensions, d =>
        {
            d.Property(x => x.LengthCm).HasPrecision(8, 2);
            d.Property(x => x.WidthCm).HasPrecision(8, 2);
            d.Property(x => x.HeightCm).HasPrecision(8, 2);
        });
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => p.Sku).IsUnique();
        builder.HasIndex(p => new { p.CategoryId, p.Status });
        builder.HasIndex(p => new { p.VendorId, p.Status });
        builder.HasIndex(p => new { p.Status, p.IsFeatured });
        builder.HasIndex(p => new { p.Status, p.PublishedAt });
        builder.HasIndex(p => new { p.Status, p.BasePrice });
        builder.HasIndex(p => new { p.Status, p.SalesCount });
        builder.HasOne<Category>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Core.Marketplace.Vendor>().WithMany().HasForeignKey(p => p.VendorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Variants).WithOne(v => v.Product).HasForeignKey(v => v.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Images).WithOne().HasForeignKey(i => i.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Variants).HasField("_variants");
        builder.Navigation(p => p.Images).HasField("_images");
        builder.Ignore(p => p.Price);
        builder.Ignore(p => p.Margin);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_products_base_price_not_negative", "base_price >= 0");
            t.HasCheckConstraint("ck_products_compare_at_not_negative", "compare_at_price IS NULL OR compare_at_price >= 0");
        });
    }
}

internal sealed class ProductVariantConfiguration : IEntityTypeConfiguration<ProductVariant>
{
    public void Configure(EntityTypeBuilder<ProductVariant> builder)
    {
        builder.ToTable("product_variants", t =>
            t.HasCheckConstraint("ck_product_variants_price_not_negative", "price_override IS NULL OR price_override >= 0"));
        builder.Property(v => v.Name).HasMaxLength(200);
        builder.Property(v => v.Sku).HasMaxLength(64);
        builder.Property(v => v.Barcode).HasMaxLength(64);
        builder.Property(v => v.ImageUrl).HasMaxLength(500);
        builder.Property<Dictionary<string, string>>("_options").HasColumnName("options").HasColumnType("jsonb")
            .HasConversion(new OptionsJsonConverter(), OptionsJsonConverter.Comparer);
        builder.Ignore(v => v.Options);
        builder.Ignore(v => v.Price);
        builder.Ignore(v => v.WasPrice);
        builder.Ignore(v => v.IsPurchasable);
        builder.HasIndex(v => v.Sku).IsUnique();
        builder.HasIndex(v => new { v.ProductId, v.SortOrder });
    }
}

internal sealed class ProductImageConfiguration : IEntityTypeConfiguration<ProductImage>
{
    public void Configure(EntityTypeBuilder<ProductImage> builder)
    {
        builder.Property(i => i.Url).HasMaxLength(500);
        builder.Property(i => i.AltText).HasMaxLength(200);
        builder.HasIndex(i => new { i.ProductId, i.SortOrder });
    }
}
