using Commerce.Core.Notifications;
using Commerce.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Notifications;

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.ToTable("outbox_emails", t => t.HasCheckConstraint("ck_outbox_emails_attempts_not_negative", "attempts >= 0"));
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Key).HasMaxLength(OutboxEmail.MaxKeyLength);
        builder.Property(e => e.Template).HasConversion<string>().HasMaxLength(40);
        // "to" is an SQL keyword; the column says what it holds instead.
        builder.Property(e => e.To).HasColumnName("recipient").HasMaxLength(254);
        builder.Property(e => e.Subject).HasMaxLength(300);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.LastError).HasMaxLength(2000);
        builder.Property(e => e.MessageId).HasMaxLength(300);
        builder.Property<Dictionary<string, string>>("_data").HasColumnName("data").HasColumnType("jsonb")
            .HasConversion(new OptionsJsonConverter(), OptionsJsonConverter.Comparer).HasDefaultValueSql("'{}'::jsonb");
        builder.Ignore(e => e.Data);
        builder.Ignore(e => e.CarriesCredential);
        builder.Property(e => e.SentMessage).HasColumnType("text");
        // Rows written by SQL (the jobs' INSERT … SELECT) get their stamps from the database.
        builder.Property(e => e.CreatedAt).HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).HasDefaultValueSql("now()");
        builder.HasIndex(e => e.Key).IsUnique();
        builder.HasIndex(e => new { e.Status, e.CreatedAt });
        builder.HasIndex(e => e.CreatedAt);
        // No foreign key to orders: an email may be queued in the transaction that inserts its order, before it is saved.
        builder.HasIndex(e => e.OrderId);
    }
}
