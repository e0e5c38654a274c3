using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Commerce.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MarketplaceLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "vendor_order_splits");

            migrationBuilder.DropColumn(
                name: "period_end",
                table: "vendor_payouts");

            migrationBuilder.AlterColumn<decimal>(
                name: "commission_rate",
                table: "vendors",
                type: "numeric(6,4)",
                precision: 6,
                scale: 4,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(6,4)",
                oldPrecision: 6,
                oldScale: 4);

            migrationBuilder.AddColumn<string>(
                name: "contact_name",
                table: "vendors",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "country",
                table: "vendors",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "logo_url",
                table: "vendors",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "phone",
                table: "vendors",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "rejection_reason",
                table: "vendors",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "suspension_reason",
                table: "vendors",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "attempt",
                table: "vendor_payouts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "destination",
                table: "vendor_payouts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "failure_reason",
                table: "vendor_payouts",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "key",
                table: "vendor_payouts",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "method",
                table: "vendor_payouts",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            // Payouts from before the ledger (the old demo seed): give each its own key so the unique index holds.
            migrationBuilder.Sql("UPDATE vendor_payouts SET key = 'legacy-' || id, method = 'Manual', attempt = 1");

            migrationBuilder.CreateTable(
                name: "ledger_transactions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    memo = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: true),
                    payout_id = table.Column<int>(type: "integer", nullable: true),
                    refund_id = table.Column<int>(type: "integer", nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    available_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ledger_transactions", x => x.id);
                    table.ForeignKey(
                        name: "fk_ledger_transactions_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ledger_transactions_refunds_refund_id",
                        column: x => x.refund_id,
                        principalTable: "refunds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ledger_transactions_vendor_payouts_payout_id",
                        column: x => x.payout_id,
                        principalTable: "vendor_payouts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ledger_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    transaction_id = table.Column<Guid>(type: "uuid", nullable: false),
                    account = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    vendor_id = table.Column<int>(type: "integer", nullable: true),
                    type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ledger_entries", x => x.id);
                    table.CheckConstraint("ck_ledger_entries_vendor_account", "(account IN ('VendorPayable', 'PayoutsInTransit', 'PayoutsPaid')) = (vendor_id IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_ledger_entries_ledger_transactions_transaction_id",
                        column: x => x.transaction_id,
                        principalTable: "ledger_transactions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ledger_entries_vendors_vendor_id",
                        column: x => x.vendor_id,
                        principalTable: "vendors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_vendor_payouts_key",
                table: "vendor_payouts",
                column: "key",
                unique: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_vendor_payouts_amount_positive",
                table: "vendor_payouts",
                sql: "amount > 0");

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_transaction_id",
                table: "ledger_entries",
                column: "transaction_id");

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_vendor_id_account",
                table: "ledger_entries",
                columns: new[] { "vendor_id", "account" });

            migrationBuilder.CreateIndex(
                name: "ix_ledger_transactions_key",
                table: "ledger_transactions",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ledger_transactions_order_id",
                table: "ledger_transactions",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_ledger_transactions_payout_id",
                table: "ledger_transactions",
                column: "payout_id");

            migrationBuilder.CreateIndex(
                name: "ix_ledger_transactions_refund_id",
                table: "ledger_transactions",
                column: "refund_id");

            // Append-only: a correction is a new transaction, never an edit. Each transaction must balance at commit.
            migrationBuilder.Sql("""
                CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'ledger rows are append-only (% on %)', TG_OP, TG_TABLE_NAME;
                END $$;
                CREATE TRIGGER ledger_transactions_append_only BEFORE UPDATE OR DELETE ON ledger_transactions
                    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
                CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
                    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
                CREATE FUNCTION ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF (SELECT sum(amount) FROM ledger_entries WHERE transaction_id = NEW.transaction_id) <> 0 THEN
                        RAISE EXCEPTION 'ledger transaction % does not balance', NEW.transaction_id;
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE CONSTRAINT TRIGGER ledger_entries_balanced AFTER INSERT ON ledger_entries
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_check_balanced();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS ledger_entries_balanced ON ledger_entries;
                DROP TRIGGER IF EXISTS ledger_entries_append_only ON ledger_entries;
                DROP TRIGGER IF EXISTS ledger_transactions_append_only ON ledger_transactions;
                DROP FUNCTION IF EXISTS ledger_check_balanced();
                DROP FUNCTION IF EXISTS ledger_refuse_change();
                """);

            migrationBuilder.DropTable(
                name: "ledger_entries");

            migrationBuilder.DropTable(
                name: "ledger_transactions");

            migrationBuilder.DropIndex(
                name: "ix_vendor_payouts_key",
                table: "vendor_payouts");

            migrationBuilder.DropCheckConstraint(
                name: "ck_vendor_payouts_amount_positive",
                table: "vendor_payouts");

            migrationBuilder.DropColumn(
                name: "contact_name",
                table: "vendors");

            migrationBuilder.DropColumn(
                name: "country",
                table: "vendors");

            migrationBuilder.DropColumn(
                name: "logo_url",
                table: "vendors");

            migrationBuilder.DropColumn(
                name: "phone",
                table: "vendors");

            migrationBuilder.DropColumn(
                name: "rejection_reason",
                table: "vendors");

            migrationBuilder.DropColumn(
                name: "suspension_reason",
                table: "vendors");

            migrationBuilder.DropColumn(
                name: "attempt",
                table: "vendor_payouts");

            migrationBuilder.DropColumn(
                name: "destination",
                table: "vendor_payouts");

            migrationBuilder.DropColumn(
                name: "failure_reason",
                table: "vendor_payouts");

            migrationBuilder.DropColumn(
                name: "key",
                table: "vendor_payouts");

            migrationBuilder.DropColumn(
                name: "method",
                table: "vendor_payouts");

            migrationBuilder.AlterColumn<decimal>(
                name: "commission_rate",
                table: "vendors",
                type: "numeric(6,4)",
                precision: 6,
                scale: 4,
                nullable: false,
                defaultValue: 0m,
                oldClrType: typeof(decimal),
                oldType: "numeric(6,4)",
                oldPrecision: 6,
                oldScale: 4,
                oldNullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "period_end",
                table: "vendor_payouts",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.CreateTable(
                name: "vendor_order_splits",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    commission = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    commission_rate = table.Column<decimal>(type: "numeric(6,4)", precision: 6, scale: 4, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    gross = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    net = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    payout_id = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    vendor_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vendor_order_splits", x => x.id);
                    table.ForeignKey(
                        name: "fk_vendor_order_splits_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_vendor_order_splits_vendor_payouts_payout_id",
                        column: x => x.payout_id,
                        principalTable: "vendor_payouts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_vendor_order_splits_vendors_vendor_id",
                        column: x => x.vendor_id,
                        principalTable: "vendors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_vendor_order_splits_order_id_vendor_id",
                table: "vendor_order_splits",
                columns: new[] { "order_id", "vendor_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_vendor_order_splits_payout_id",
                table: "vendor_order_splits",
                column: "payout_id");

            migrationBuilder.CreateIndex(
                name: "ix_vendor_order_splits_vendor_id_status",
                table: "vendor_order_splits",
                columns: new[] { "vendor_id", "status" });
        }
    }
}
