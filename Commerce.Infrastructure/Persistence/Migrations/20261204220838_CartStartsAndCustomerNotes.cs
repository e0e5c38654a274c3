using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CartStartsAndCustomerNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "notes",
                table: "customers",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "customers",
                type: "character varying(600)",
                maxLength: 600,
                nullable: true,
                computedColumnSql: "lower(email || ' ' || coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(phone, ''))",
                stored: true);

            migrationBuilder.CreateTable(
                name: "cart_starts_daily",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    carts = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cart_starts_daily", x => x.day);
                    table.CheckConstraint("ck_cart_starts_daily_carts_not_negative", "carts >= 0");
                });

            migrationBuilder.CreateIndex(
                name: "ix_refunds_completed_at",
                table: "refunds",
                column: "completed_at");

            migrationBuilder.CreateIndex(
                name: "ix_orders_placed_at",
                table: "orders",
                column: "placed_at");

            migrationBuilder.CreateIndex(
                name: "ix_customers_created_at",
                table: "customers",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_customers_search_text",
                table: "customers",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            // Carts are deleted once paid for or abandoned, so the carts-to-orders conversion counts starts here.
            migrationBuilder.Sql("""
                CREATE FUNCTION count_cart_start() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO cart_starts_daily (day, carts)
                    VALUES ((coalesce(NEW.created_at, now()) AT TIME ZONE 'UTC')::date, 1)
                    ON CONFLICT (day) DO UPDATE SET carts = cart_starts_daily.carts + 1;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER count_cart_start AFTER INSERT ON carts FOR EACH ROW EXECUTE FUNCTION count_cart_start();
                INSERT INTO cart_starts_daily (day, carts)
                SELECT (created_at AT TIME ZONE 'UTC')::date, count(*) FROM carts GROUP BY 1;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER count_cart_start ON carts; DROP FUNCTION count_cart_start();");

            migrationBuilder.DropTable(
                name: "cart_starts_daily");

            migrationBuilder.DropIndex(
                name: "ix_refunds_completed_at",
                table: "refunds");

            migrationBuilder.DropIndex(
                name: "ix_orders_placed_at",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "ix_customers_created_at",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "ix_customers_search_text",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "notes",
                table: "customers");
        }
    }
}
