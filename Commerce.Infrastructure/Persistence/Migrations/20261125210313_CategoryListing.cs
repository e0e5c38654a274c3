using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Infrastructure.Persistence.Migrations;

/// <summary>
/// <c>product_category_listing</c>: one row per listed product and each category on its path, with the sort keys of
/// a listing, indexed by (category, sort key). A category page reads its page off one of these indexes, so it costs the
/// same for a category of 50 products or 50,000, and however the category's prices are spread over the catalog (on
/// <c>product_search</c> alone, "cheapest first" in a category of expensive products walks most of the catalog's price
/// index before finding a page). Like <c>product_search</c> it is not in the EF model; statement-level triggers on
/// <c>product_search</c> keep it in step (bulk refreshes included), so it needs no code of its own.
/// </summary>
public partial class CategoryListing : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE product_category_listing (
            category_id integer NOT NULL,
            product_id integer NOT NULL,
            price_min numeric(12,2) NOT NULL,
            sales_count integer NOT NULL,
            published_at timestamp with time zone,
            in_stock boolean NOT NULL,
            PRIMARY KEY (category_id, product_id)
        );
        CREATE INDEX ix_product_category_listing_product ON product_category_listing (product_id);
        -- The same orders as ListingPageQuery, direction and NULLS included.
        CREATE INDEX ix_product_category_listing_price ON product_category_listing (category_id, price_min, product_id);
        CREATE INDEX ix_product_category_listing_best_selling ON product_category_listing (category_id, sales_count DESC, product_id);
        CREATE INDEX ix_product_category_listing_newest ON product_category_listing (category_id, published_at DESC NULLS LAST, product_id DESC);

        CREATE FUNCTION product_category_listing_sync() RETURNS trigger
        LANGUAGE plpgsql
        AS $$
        BEGIN
            IF TG_OP = 'TRUNCATE' THEN
                TRUNCATE product_category_listing;
                RETURN NULL;
            END IF;
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
                DELETE FROM product_category_listing l USING old_rows o WHERE l.product_id = o.product_id;
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                INSERT INTO product_category_listing (category_id, product_id, price_min, sales_count, published_at, in_stock)
                SELECT DISTINCT c.id, n.product_id, n.price_min, n.sales_count, n.published_at, n.in_stock
                FROM new_rows n CROSS JOIN LATERAL unnest(n.category_ids) AS c(id);
            END IF;
            RETURN NULL;
        END
        $$;

        CREATE TRIGGER product_category_listing_insert AFTER INSERT ON product_search
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION product_category_listing_sync();
        CREATE TRIGGER product_category_listing_update AFTER UPDATE ON product_search
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION product_category_listing_sync();
        CREATE TRIGGER product_category_listing_delete AFTER DELETE ON product_search
            REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION product_category_listing_sync();
        CREATE TRIGGER product_category_listing_truncate AFTER TRUNCATE ON product_search
            FOR EACH STATEMENT EXECUTE FUNCTION product_category_listing_sync();

        -- "In stock only" with a size or colour filters on in_stock_option_values; indexed like option_values, so a rare
        -- combination is found through the array indexes instead of a scan of the category.
        CREATE INDEX ix_product_search_in_stock_option_values ON product_search USING gin (in_stock_option_values);

        INSERT INTO product_category_listing (category_id, product_id, price_min, sales_count, published_at, in_stock)
        SELECT DISTINCT c.id, s.product_id, s.price_min, s.sales_count, s.published_at, s.in_stock
        FROM product_search s CROSS JOIN LATERAL unnest(s.category_ids) AS c(id);
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        DROP INDEX ix_product_search_in_stock_option_values;
        DROP TABLE product_category_listing;
        DROP FUNCTION product_category_listing_sync() CASCADE;
        """);
}
