using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Commerce.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CheckoutAndOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Open product pages hear about stock changes (any process, any instance) through LISTEN stock_changed.
            migrationBuilder.Sql("""
                CREATE FUNCTION notify_stock_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE product int;
                BEGIN
                    FOR product IN
                        SELECT DISTINCT v.product_id
                        FROM new_levels n JOIN old_levels o ON o.id = n.id
                        JOIN product_variants v ON v.id = n.variant_id
                        WHERE n.on_hand - n.reserved IS DISTINCT FROM o.on_hand - o.reserved
                    LOOP
                        PERFORM pg_notify('stock_changed', product::text);
                    END LOOP;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER inventory_levels_notify_stock_changed
                    AFTER UPDATE ON inventory_levels
                    REFERENCING OLD TABLE AS old_levels NEW TABLE AS new_levels
                    FOR EACH STATEMENT EXECUTE FUNCTION notify_stock_changed();
                """);
            migrationBuilder.DropForeignKey(
                name: "fk_shipping_rate_shipping_methods_shipping_method_id",
                table: "shipping_rate");

            migrationBuilder.DropPrimaryKey(
                name: "pk_shipping_rate",
                table: "shipping_rate");

            migrationBuilder.RenameTable(
                name: "shipping_rate",
                newName: "shipping_rates");

            migrationBuilder.RenameIndex(
                name: "ix_shipping_rate_shipping_method_id_max_weight_grams",
                table: "shipping_rates",
                newName: "ix_shipping_rates_shipping_method_id_max_weight_grams");

            migrationBuilder.AddColumn<string>(
                name: "billing_address",
                table: "carts",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "pending_order_id",
                table: "carts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "shipping_address",
                table: "carts",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "pk_shipping_rates",
                table: "shipping_rates",
                column: "id");

            migrationBuilder.CreateTable(
                name: "inventory_reservations",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    variant_id = table.Column<int>(type: "integer", nullable: false),
                    warehouse_id = table.Column<int>(type: "integer", nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inventory_reservations", x => x.id);
                    table.CheckConstraint("ck_inventory_reservations_quantity_positive", "quantity > 0");
                    table.ForeignKey(
                        name: "fk_inventory_reservations_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_inventory_reservations_variants_variant_id",
                        column: x => x.variant_id,
                        principalTable: "product_variants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_inventory_reservations_warehouses_warehouse_id",
                        column: x => x.warehouse_id,
                        principalTable: "warehouses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "outbox_emails",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    template = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    recipient = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: true),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    last_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    message_id = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    data = table.Column<string>(type: "jsonb", nullable: false, defaultValueSql: "'{}'::jsonb")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_emails", x => x.id);
                    table.CheckConstraint("ck_outbox_emails_attempts_not_negative", "attempts >= 0");
                });

            migrationBuilder.CreateIndex(
                name: "ix_carts_pending_order_id",
                table: "carts",
                column: "pending_order_id");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_reservations_order_id_variant_id",
                table: "inventory_reservations",
                columns: new[] { "order_id", "variant_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inventory_reservations_status_created_at",
                table: "inventory_reservations",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_inventory_reservations_variant_id",
                table: "inventory_reservations",
                column: "variant_id");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_reservations_warehouse_id",
                table: "inventory_reservations",
                column: "warehouse_id");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_emails_created_at",
                table: "outbox_emails",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_emails_key",
                table: "outbox_emails",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_emails_order_id",
                table: "outbox_emails",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_emails_status_created_at",
                table: "outbox_emails",
                columns: new[] { "status", "created_at" });

            migrationBuilder.AddForeignKey(
                name: "fk_carts_orders_pending_order_id",
                table: "carts",
                column: "pending_order_id",
                principalTable: "orders",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_shipping_rates_shipping_methods_shipping_method_id",
                table: "shipping_rates",
                column: "shipping_method_id",
                principalTable: "shipping_methods",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS inventory_levels_notify_stock_changed ON inventory_levels; DROP FUNCTION IF EXISTS notify_stock_changed();");
            migrationBuilder.DropForeignKey(
                name: "fk_carts_orders_pending_order_id",
                table: "carts");

            migrationBuilder.DropForeignKey(
                name: "fk_shipping_rates_shipping_methods_shipping_method_id",
                table: "shipping_rates");

            migrationBuilder.DropTable(
                name: "inventory_reservations");

            migrationBuilder.DropTable(
                name: "outbox_emails");

            migrationBuilder.DropIndex(
                name: "ix_carts_pending_order_id",
                table: "carts");

            migrationBuilder.DropPrimaryKey(
                name: "pk_shipping_rates",
                table: "shipping_rates");

            migrationBuilder.DropColumn(
                name: "billing_address",
                table: "carts");

            migrationBuilder.DropColumn(
                name: "pending_order_id",
                table: "carts");

            migrationBuilder.DropColumn(
                name: "shipping_address",
                table: "carts");

            migrationBuilder.RenameTable(
                name: "shipping_rates",
                newName: "shipping_rate");

            migrationBuilder.RenameIndex(
                name: "ix_shipping_rates_shipping_method_id_max_weight_grams",
                table: "shipping_rate",
                newName: "ix_shipping_rate_shipping_method_id_max_weight_grams");

            migrationBuilder.AddPrimaryKey(
                name: "pk_shipping_rate",
                table: "shipping_rate",
                column: "id");

            migrationBuilder.AddForeignKey(
                name: "fk_shipping_rate_shipping_methods_shipping_method_id",
                table: "shipping_rate",
                column: "shipping_method_id",
                principalTable: "shipping_methods",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
