using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Commerce.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AdminCatalog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "catalog_imports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    content = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    requested_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    total_rows = table.Column<int>(type: "integer", nullable: false),
                    processed_rows = table.Column<int>(type: "integer", nullable: false),
                    created = table.Column<int>(type: "integer", nullable: false),
                    updated = table.Column<int>(type: "integer", nullable: false),
                    error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    problems = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_catalog_imports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "product_slug_redirects",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    old_slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    product_id = table.Column<int>(type: "integer", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_product_slug_redirects", x => x.id);
                    table.ForeignKey(
                        name: "fk_product_slug_redirects_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_catalog_imports_created_at",
                table: "catalog_imports",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_product_slug_redirects_old_slug",
                table: "product_slug_redirects",
                column: "old_slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_product_slug_redirects_product_id",
                table: "product_slug_redirects",
                column: "product_id");

            migrationBuilder.Sql(CatalogChangedTriggers);
        }

        // Listing caches in every web process forget their pages when a price, status or name changes (NOTIFY is sent
        // at commit, once per transaction for the same payload); stock keeps its own 'stock_changed' channel.
        private const string CatalogChangedTriggers = """
            CREATE FUNCTION notify_catalog_changed() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('catalog_changed', '');
                RETURN NULL;
            END $$;

            CREATE TRIGGER catalog_changed_products AFTER INSERT OR DELETE OR UPDATE OF
                name, slug, status, base_price, compare_at_price, category_id, vendor_id, is_featured, track_inventory, allow_backorder
                ON products FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_changed();
            CREATE TRIGGER catalog_changed_variants AFTER INSERT OR DELETE OR UPDATE OF price_override, compare_at_price, is_active, options
                ON product_variants FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_changed();
            CREATE TRIGGER catalog_changed_images AFTER INSERT OR DELETE OR UPDATE
                ON product_images FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_changed();
            CREATE TRIGGER catalog_changed_categories AFTER INSERT OR DELETE OR UPDATE
                ON categories FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_changed();
            """;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER catalog_changed_products ON products;
                DROP TRIGGER catalog_changed_variants ON product_variants;
                DROP TRIGGER catalog_changed_images ON product_images;
                DROP TRIGGER catalog_changed_categories ON categories;
                DROP FUNCTION notify_catalog_changed();
                """);
            migrationBuilder.DropTable(
                name: "catalog_imports");

            migrationBuilder.DropTable(
                name: "product_slug_redirects");
        }
    }
}
