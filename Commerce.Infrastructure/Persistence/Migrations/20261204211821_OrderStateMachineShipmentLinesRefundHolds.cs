using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Commerce.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OrderStateMachineShipmentLinesRefundHolds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_refunds_order_id",
                table: "refunds");

            migrationBuilder.DropColumn(
                name: "internal_note",
                table: "orders");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "completed_at",
                table: "refunds",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "failure_message",
                table: "refunds",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "requested_by",
                table: "refunds",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "unknown");

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "refunds",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                // Refunds recorded before this migration were all made at the provider.
                defaultValue: "Succeeded");

            migrationBuilder.AddColumn<decimal>(
                name: "refund_pending_total",
                table: "orders",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<int>(
                name: "refunded_quantity",
                table: "order_items",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "order_notes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_order_notes_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "refund_lines",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    order_item_id = table.Column<int>(type: "integer", nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    restock = table.Column<bool>(type: "boolean", nullable: false),
                    refund_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_refund_lines", x => x.id);
                    table.CheckConstraint("ck_refund_lines_quantity_positive", "quantity > 0");
                    table.ForeignKey(
                        name: "fk_refund_lines_order_items_order_item_id",
                        column: x => x.order_item_id,
                        principalTable: "order_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_refund_lines_refunds_refund_id",
                        column: x => x.refund_id,
                        principalTable: "refunds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "shipment_lines",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    shipment_id = table.Column<int>(type: "integer", nullable: false),
                    order_item_id = table.Column<int>(type: "integer", nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipment_lines", x => x.id);
                    table.CheckConstraint("ck_shipment_lines_quantity_positive", "quantity > 0");
                    table.ForeignKey(
                        name: "fk_shipment_lines_order_items_order_item_id",
                        column: x => x.order_item_id,
                        principalTable: "order_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_shipment_lines_shipments_shipment_id",
                        column: x => x.shipment_id,
                        principalTable: "shipments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_refunds_order_id_status",
                table: "refunds",
                columns: new[] { "order_id", "status" });

            migrationBuilder.AddCheckConstraint(
                name: "ck_orders_refunds_under_way_within_total",
                table: "orders",
                sql: "refund_pending_total >= 0 AND refunded_total + refund_pending_total <= total");

            migrationBuilder.AddCheckConstraint(
                name: "ck_order_items_refunded_within_quantity",
                table: "order_items",
                sql: "refunded_quantity >= 0 AND refunded_quantity <= quantity");

            migrationBuilder.CreateIndex(
                name: "ix_order_notes_order_id_created_at",
                table: "order_notes",
                columns: new[] { "order_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_refund_lines_order_item_id",
                table: "refund_lines",
                column: "order_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_refund_lines_refund_id",
                table: "refund_lines",
                column: "refund_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipment_lines_order_item_id",
                table: "shipment_lines",
                column: "order_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipment_lines_shipment_id",
                table: "shipment_lines",
                column: "shipment_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "order_notes");

            migrationBuilder.DropTable(
                name: "refund_lines");

            migrationBuilder.DropTable(
                name: "shipment_lines");

            migrationBuilder.DropIndex(
                name: "ix_refunds_order_id_status",
                table: "refunds");

            migrationBuilder.DropCheckConstraint(
                name: "ck_orders_refunds_under_way_within_total",
                table: "orders");

            migrationBuilder.DropCheckConstraint(
                name: "ck_order_items_refunded_within_quantity",
                table: "order_items");

            migrationBuilder.DropColumn(
                name: "completed_at",
                table: "refunds");

            migrationBuilder.DropColumn(
                name: "failure_message",
                table: "refunds");

            migrationBuilder.DropColumn(
                name: "requested_by",
                table: "refunds");

            migrationBuilder.DropColumn(
                name: "status",
                table: "refunds");

            migrationBuilder.DropColumn(
                name: "refund_pending_total",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "refunded_quantity",
                table: "order_items");

            migrationBuilder.AddColumn<string>(
                name: "internal_note",
                table: "orders",
                type: "text",
                maxLength: 400,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_refunds_order_id",
                table: "refunds",
                column: "order_id");
        }
    }
}
