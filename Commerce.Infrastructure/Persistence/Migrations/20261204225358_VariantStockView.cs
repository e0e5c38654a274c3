using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class VariantStockView : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The one definition of a variant's available stock (Core's VariantStock): per warehouse on hand less
            // reserved, never below zero (StockSql.Available), summed over warehouses.
            migrationBuilder.Sql("""
                CREATE VIEW variant_stock AS
                SELECT l.variant_id, sum(greatest(l.on_hand - l.reserved, 0))::int AS available
                FROM inventory_levels l
                GROUP BY l.variant_id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW variant_stock;");
        }
    }
}
