using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Infrastructure.Persistence.Migrations;

/// <summary>
/// PostgreSQL product search: a denormalised <c>product_search</c> table kept up to date by statement-level
/// triggers. The table is not part of the EF model (nothing in EF reads or writes it; the search adapter queries
/// it with SQL), so the model snapshot does not change.
/// </summary>
/// <remarks>
/// Text search uses the 'english' configuration over unaccented, lower-cased text: stemming makes "shirts" find
/// "shirt", the parser keeps "t-shirt" whole and also as "shirt", and the name is indexed a second time with its
/// hyphenated words joined ("tshirt") so that spelling matches too. Typos go through pg_trgm word similarity on
/// <c>search_text</c>. SKUs are matched exactly or by prefix on <c>skus</c>/<c>sku_text</c>, not through the
/// tsvector: a parsed SKU ("TSH-CLASSIC-M-NAVY") would give every size and colour word a weight-B hit.
/// Every trigger handles a whole statement at once (COPY included); stock and image changes take narrow paths
/// that leave the text columns alone. Bulk loads may still <c>SET LOCAL commerce.product_search_paused = on</c> and
/// finish with <c>SELECT refresh_product_search(ids)</c> (NULL: all), which builds each row once.
/// </remarks>
public partial class ProductSearch : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(Helpers);
        migrationBuilder.Sql(Table);
        migrationBuilder.Sql(RefreshFunctions);
        migrationBuilder.Sql(Triggers);
        migrationBuilder.Sql("SELECT refresh_product_search(NULL);");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(DropAll);
    }

    // Text folding, option parsing and the one definition of a variant's price and availability.
    private const string Helpers = """
        -- unaccent() is only STABLE (it reads a dictionary), so it cannot appear in an index or be folded; pinning the
        -- dictionary makes the result depend on the argument alone.
        CREATE FUNCTION search_fold(value text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

        -- 'T-Shirt' → 'TShirt', 'Crème-Brûlée' → 'CrèmeBrûlée': the spelling shoppers type without the hyphen.
        CREATE FUNCTION search_joined_words(value text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$
            SELECT coalesce(string_agg(regexp_replace(m[1], '[^[:alnum:]]+', '', 'g'), ' '), '')
            FROM regexp_matches(value, '([[:alnum:]]+(?:[^[:alnum:][:space:]]+[[:alnum:]]+)+)', 'g') AS m
        $$;

        -- {"Size":"M","Colour":"Navy"} → ('size:m', 'M'), ('colour:navy', 'Navy').
        CREATE FUNCTION search_option_pairs(options jsonb) RETURNS TABLE (value text, label text)
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$
            SELECT lower(btrim(o.key)) || ':' || lower(btrim(o.value)), btrim(o.value)
            FROM jsonb_each_text(options) AS o
            WHERE btrim(o.key) <> '' AND btrim(o.value) <> ''
        $$;

        -- The one definition of a sellable variant's price and availability. A warehouse row counts when it has units
        -- nobody has reserved (the domain's InventoryLevel.Available > 0), so "sum of availability > 0" is "any row > 0".
        CREATE VIEW product_search_variants AS
        SELECT v.product_id, v.id AS variant_id, v.sku, v.options, v.sort_order,
               coalesce(v.price_override, p.base_price) AS price,
               coalesce(v.compare_at_price, p.compare_at_price) AS compare_at,
               NOT p.track_inventory OR p.allow_backorder
                   OR EXISTS (SELECT 1 FROM inventory_levels l WHERE l.variant_id = v.id AND l.on_hand > l.reserved) AS in_stock
        FROM product_variants v
        JOIN products p ON p.id = v.product_id
        WHERE v.is_active;

        CREATE FUNCTION product_search_primary_image(product_id integer) RETURNS TABLE (url text, alt_text text)
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $$
            SELECT i.url, i.alt_text FROM product_images i
            WHERE i.product_id = product_search_primary_image.product_id
            ORDER BY i.is_primary DESC, i.sort_order, i.id
            LIMIT 1
        $$;
        """;

    // The denormalised read table and its indexes.
    private const string Table = """
        -- One row per product a shopper may find: Active, from an Approved vendor, in a category whose whole chain is
        -- active, with at least one active variant. in_stock and in_stock_option_values carry no index and fillfactor
        -- leaves room on each page (rows are ~1 kB), so a product selling out is mostly a HOT update: no index is touched.
        CREATE TABLE product_search (
            product_id integer PRIMARY KEY,
            slug character varying(200) NOT NULL,
            name character varying(200) NOT NULL,
            vendor_id integer NOT NULL,
            vendor_name character varying(100) NOT NULL,
            vendor_slug character varying(200) NOT NULL,
            category_id integer NOT NULL,
            category_ids integer[] NOT NULL,
            price_min numeric(12,2) NOT NULL,
            price_max numeric(12,2) NOT NULL,
            compare_at numeric(12,2),
            currency character(3) NOT NULL,
            in_stock boolean NOT NULL,
            option_values text[] NOT NULL,
            in_stock_option_values text[] NOT NULL,
            option_labels jsonb NOT NULL,
            skus text[] NOT NULL,
            sku_text text NOT NULL,
            image_url character varying(500),
            image_alt character varying(200),
            published_at timestamp with time zone,
            sales_count integer NOT NULL,
            is_featured boolean NOT NULL,
            search_vector tsvector NOT NULL,
            search_text text NOT NULL
        ) WITH (fillfactor = 80);

        CREATE INDEX ix_product_search_search_vector ON product_search USING gin (search_vector);
        CREATE INDEX ix_product_search_search_text ON product_search USING gin (search_text gin_trgm_ops);
        CREATE INDEX ix_product_search_sku_text ON product_search USING gin (sku_text gin_trgm_ops);
        CREATE INDEX ix_product_search_skus ON product_search USING gin (skus);
        CREATE INDEX ix_product_search_category_ids ON product_search USING gin (category_ids);
        CREATE INDEX ix_product_search_option_values ON product_search USING gin (option_values);
        CREATE INDEX ix_product_search_vendor_slug ON product_search (vendor_slug);
        -- The sorts, each with its product_id tie-breaker, so a listing reads its first page straight off an index.
        CREATE INDEX ix_product_search_newest ON product_search (published_at DESC NULLS LAST, product_id DESC);
        CREATE INDEX ix_product_search_price ON product_search (price_min, product_id);
        CREATE INDEX ix_product_search_best_selling ON product_search (sales_count DESC, product_id);
        """;

    // Full refresh (used by every trigger but stock and images) and the two narrow ones.
    private const string RefreshFunctions = """
        -- Rebuilds the rows of the given products (NULL: every product) in one statement: upserts the listable ones,
        -- deletes the rest, and skips rows that come out identical. Returns how many of them are listed.
        -- EXECUTE plans the statement with the actual ids, so one product costs a few index lookups and a
        -- full rebuild gets hash joins.
        CREATE FUNCTION refresh_product_search(product_ids integer[]) RETURNS integer
        LANGUAGE plpgsql
        AS $fn$
        DECLARE
            listed_count integer;
        BEGIN
            EXECUTE $sql$
            WITH RECURSIVE
            target AS (
                SELECT unnest($1) AS id
                UNION
                SELECT p.id FROM products p WHERE $1 IS NULL
                UNION
                SELECT s.product_id FROM product_search s WHERE $1 IS NULL
            ),
            listed AS (
                SELECT p.id, p.slug, p.name, p.vendor_id, p.category_id, p.currency, p.sku, p.short_description,
                       p.description, p.published_at, p.sales_count, p.is_featured
                FROM products p JOIN target t ON t.id = p.id
                WHERE p.status = 'Active'
            ),
            chain AS (
                SELECT c.id AS category_id, c.id, c.parent_id, c.name, c.is_active, 1 AS depth
                FROM categories c WHERE c.id IN (SELECT category_id FROM listed)
                UNION ALL
                SELECT chain.category_id, c.id, c.parent_id, c.name, c.is_active, chain.depth + 1
                FROM chain JOIN categories c ON c.id = chain.parent_id
                WHERE chain.depth < 32
            ),
            category_path AS (
                SELECT category_id, array_agg(id ORDER BY depth) AS ids, string_agg(name, ' ' ORDER BY depth) AS names
                FROM chain GROUP BY category_id
                HAVING bool_and(is_active)
            ),
            variant AS (
                SELECT x.* FROM product_search_variants x JOIN listed p ON p.id = x.product_id
            ),
            variant_summary AS (
                SELECT product_id, min(price) AS price_min, max(price) AS price_max,
                       (array_agg(compare_at ORDER BY price, sort_order, variant_id))[1] AS cheapest_compare_at,
                       bool_or(in_stock) AS in_stock, array_agg(sku) AS skus
                FROM variant GROUP BY product_id
            ),
            option_value AS (
                SELECT x.product_id, o.value, min(o.label) AS label, bool_or(x.in_stock) AS in_stock
                FROM variant x CROSS JOIN LATERAL search_option_pairs(x.options) o
                GROUP BY x.product_id, o.value
            ),
            option_summary AS (
                SELECT product_id,
                       array_agg(value ORDER BY value) AS option_values,
                       coalesce(array_agg(value ORDER BY value) FILTER (WHERE in_stock), '{}') AS in_stock_option_values,
                       jsonb_object_agg(value, label) AS option_labels,
                       string_agg(label, ' ') AS option_words
                FROM option_value GROUP BY product_id
            ),
            fresh AS (
                SELECT p.id AS product_id, p.slug, p.name, p.vendor_id, v.name AS vendor_name, v.slug AS vendor_slug,
                       p.category_id, cp.ids AS category_ids,
                       vs.price_min, vs.price_max,
                       CASE WHEN vs.cheapest_compare_at > vs.price_min THEN vs.cheapest_compare_at END AS compare_at,
                       p.currency, vs.in_stock,
                       coalesce(os.option_values, '{}') AS option_values,
                       coalesce(os.in_stock_option_values, '{}') AS in_stock_option_values,
                       coalesce(os.option_labels, '{}') AS option_labels,
                       skus.list AS skus, ' ' || array_to_string(skus.list, ' ') || ' ' AS sku_text,
                       img.url AS image_url, img.alt_text AS image_alt,
                       p.published_at, p.sales_count, p.is_featured,
                       setweight(to_tsvector('english', search_fold(p.name || ' ' || search_joined_words(p.name))), 'A')
                         || setweight(to_tsvector('english', search_fold(v.name || ' ' || cp.names)), 'B')
                         || setweight(to_tsvector('english', search_fold(coalesce(p.short_description, ''))), 'C')
                         || setweight(to_tsvector('english',
                                search_fold(concat_ws(' ', left(p.description, 4000), os.option_words))), 'D')
                         AS search_vector,
                       btrim(search_fold(p.name) || ' ' || search_fold(search_joined_words(p.name))) AS search_text
                FROM listed p
                JOIN vendors v ON v.id = p.vendor_id AND v.status = 'Approved'
                JOIN category_path cp ON cp.category_id = p.category_id
                JOIN variant_summary vs ON vs.product_id = p.id
                LEFT JOIN option_summary os ON os.product_id = p.id
                LEFT JOIN LATERAL product_search_primary_image(p.id) img ON true
                CROSS JOIN LATERAL (
                    SELECT array(SELECT DISTINCT upper(k) FROM unnest(array_prepend(p.sku::text, vs.skus)) k ORDER BY 1) AS list
                ) skus
            ),
            upserted AS (
                INSERT INTO product_search AS s
                SELECT * FROM fresh ORDER BY product_id
                ON CONFLICT (product_id) DO UPDATE SET
                    slug = EXCLUDED.slug, name = EXCLUDED.name,
                    vendor_id = EXCLUDED.vendor_id, vendor_name = EXCLUDED.vendor_name, vendor_slug = EXCLUDED.vendor_slug,
                    category_id = EXCLUDED.category_id, category_ids = EXCLUDED.category_ids,
                    price_min = EXCLUDED.price_min, price_max = EXCLUDED.price_max, compare_at = EXCLUDED.compare_at,
                    currency = EXCLUDED.currency, in_stock = EXCLUDED.in_stock,
                    option_values = EXCLUDED.option_values, in_stock_option_values = EXCLUDED.in_stock_option_values,
                    option_labels = EXCLUDED.option_labels, skus = EXCLUDED.skus, sku_text = EXCLUDED.sku_text,
                    image_url = EXCLUDED.image_url, image_alt = EXCLUDED.image_alt,
                    published_at = EXCLUDED.published_at, sales_count = EXCLUDED.sales_count,
                    is_featured = EXCLUDED.is_featured,
                    search_vector = EXCLUDED.search_vector, search_text = EXCLUDED.search_text
                WHERE (s.*) IS DISTINCT FROM (EXCLUDED.*)
            ),
            removed AS (
                DELETE FROM product_search s
                USING target t
                WHERE s.product_id = t.id AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.product_id = s.product_id)
            )
            SELECT count(*)::integer FROM fresh
            $sql$ INTO listed_count USING product_ids;
            RETURN listed_count;
        END
        $fn$;

        -- Stock moves far more often than anything else: refresh only the two availability columns. The plan is made
        -- once per session (a custom plan per call costs more than running it); its index lookups suit a big batch too.
        CREATE FUNCTION refresh_product_search_stock(product_ids integer[]) RETURNS void
        LANGUAGE plpgsql
        SET plan_cache_mode = force_generic_plan
        AS $fn$
        BEGIN
            WITH variant AS (
                SELECT x.* FROM product_search_variants x JOIN unnest(product_ids) AS t(id) ON t.id = x.product_id
            ),
            stock AS (
                SELECT product_id, bool_or(in_stock) AS in_stock FROM variant GROUP BY product_id
            ),
            stocked_option AS (
                SELECT product_id, array_agg(value ORDER BY value) AS option_values
                FROM (
                    SELECT x.product_id, o.value
                    FROM variant x CROSS JOIN LATERAL search_option_pairs(x.options) o
                    GROUP BY x.product_id, o.value
                    HAVING bool_or(x.in_stock)
                ) AS stocked
                GROUP BY product_id
            )
            UPDATE product_search s
            SET in_stock = st.in_stock, in_stock_option_values = coalesce(so.option_values, '{}')
            FROM stock st LEFT JOIN stocked_option so ON so.product_id = st.product_id
            WHERE s.product_id = st.product_id
              AND (s.in_stock, s.in_stock_option_values) IS DISTINCT FROM (st.in_stock, coalesce(so.option_values, '{}'));
        END
        $fn$;

        CREATE FUNCTION refresh_product_search_images(product_ids integer[]) RETURNS void
        LANGUAGE plpgsql
        SET plan_cache_mode = force_generic_plan
        AS $fn$
        BEGIN
            UPDATE product_search s
            SET image_url = img.url, image_alt = img.alt_text
            FROM unnest(product_ids) AS t(id) LEFT JOIN LATERAL product_search_primary_image(t.id) img ON true
            WHERE s.product_id = t.id AND (s.image_url, s.image_alt) IS DISTINCT FROM (img.url, img.alt_text);
        END
        $fn$;
        """;

    // Statement-level triggers: one call per statement, whatever the number of rows (COPY included).
    private const string Triggers = """
        CREATE FUNCTION product_search_paused() RETURNS boolean
        LANGUAGE sql STABLE
        AS $$ SELECT coalesce(current_setting('commerce.product_search_paused', true), '') IN ('on', 'true', '1') $$;

        CREATE FUNCTION product_search_sync_products() RETURNS trigger
        LANGUAGE plpgsql
        AS $$
        DECLARE
            ids integer[];
        BEGIN
            IF product_search_paused() THEN RETURN NULL; END IF;
            IF TG_OP = 'TRUNCATE' THEN
                TRUNCATE product_search;
                RETURN NULL;
            ELSIF TG_OP = 'DELETE' THEN
                ids := ARRAY(SELECT o.id FROM old_rows o ORDER BY 1);
            ELSE
                ids := ARRAY(
                    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
                    WHERE (n.vendor_id, n.category_id, n.name, n.slug, n.short_description, n.description, n.currency,
                           n.base_price, n.compare_at_price, n.sku, n.status, n.is_featured, n.track_inventory,
                           n.allow_backorder, n.published_at, n.sales_count)
                       IS DISTINCT FROM
                          (o.vendor_id, o.category_id, o.name, o.slug, o.short_description, o.description, o.currency,
                           o.base_price, o.compare_at_price, o.sku, o.status, o.is_featured, o.track_inventory,
                           o.allow_backorder, o.published_at, o.sales_count)
                    ORDER BY 1);
            END IF;
            IF cardinality(ids) > 0 THEN PERFORM refresh_product_search(ids); END IF;
            RETURN NULL;
        END
        $$;

        CREATE FUNCTION product_search_sync_variants() RETURNS trigger
        LANGUAGE plpgsql
        AS $$
        DECLARE
            ids integer[];
        BEGIN
            IF product_search_paused() THEN RETURN NULL; END IF;
            IF TG_OP = 'INSERT' THEN
                ids := ARRAY(SELECT DISTINCT n.product_id FROM new_rows n WHERE n.is_active ORDER BY 1);
            ELSIF TG_OP = 'DELETE' THEN
                ids := ARRAY(SELECT DISTINCT o.product_id FROM old_rows o WHERE o.is_active ORDER BY 1);
            ELSE
                ids := ARRAY(
                    SELECT DISTINCT u.id
                    FROM new_rows n JOIN old_rows o ON o.id = n.id CROSS JOIN LATERAL unnest(ARRAY[n.product_id, o.product_id]) AS u(id)
                    WHERE (n.is_active OR o.is_active)
                      AND (n.product_id, n.sku, n.options, n.price_override, n.compare_at_price, n.is_active)
                          IS DISTINCT FROM
                          (o.product_id, o.sku, o.options, o.price_override, o.compare_at_price, o.is_active)
                    ORDER BY 1);
            END IF;
            IF cardinality(ids) > 0 THEN PERFORM refresh_product_search(ids); END IF;
            RETURN NULL;
        END
        $$;

        CREATE FUNCTION product_search_sync_images() RETURNS trigger
        LANGUAGE plpgsql
        AS $$
        DECLARE
            ids integer[];
        BEGIN
            IF product_search_paused() THEN RETURN NULL; END IF;
            IF TG_OP = 'INSERT' THEN
                ids := ARRAY(SELECT DISTINCT n.product_id FROM new_rows n ORDER BY 1);
            ELSIF TG_OP = 'DELETE' THEN
                ids := ARRAY(SELECT DISTINCT o.product_id FROM old_rows o ORDER BY 1);
            ELSE
                ids := ARRAY(
                    SELECT DISTINCT u.id
                    FROM new_rows n JOIN old_rows o ON o.id = n.id CROSS JOIN LATERAL unnest(ARRAY[n.product_id, o.product_id]) AS u(id)
                    WHERE (n.product_id, n.url, n.alt_text, n.sort_order, n.is_primary)
                          IS DISTINCT FROM (o.product_id, o.url, o.alt_text, o.sort_order, o.is_primary)
                    ORDER BY 1);
            END IF;
            -- Only listed products show an image; the others get theirs when they are listed.
            IF cardinality(ids) > 0 THEN PERFORM refresh_product_search_images(ids); END IF;
            RETURN NULL;
        END
        $$;

        -- Checkout reserves stock on the hot path: only a level whose availability crosses zero can change a product's
        -- in_stock, so every other change costs one join of two tiny transition tables and nothing more.
        -- Ids go out sorted everywhere, so two transactions refreshing the same products lock their rows in one order.
        CREATE FUNCTION product_search_sync_inventory() RETURNS trigger
        LANGUAGE plpgsql
        AS $$
        DECLARE
            ids integer[];
        BEGIN
            IF product_search_paused() THEN RETURN NULL; END IF;
            IF TG_OP = 'INSERT' THEN
                ids := ARRAY(SELECT DISTINCT v.product_id FROM new_rows n JOIN product_variants v ON v.id = n.variant_id
                             WHERE n.on_hand > n.reserved ORDER BY 1);
            ELSIF TG_OP = 'DELETE' THEN
                ids := ARRAY(SELECT DISTINCT v.product_id FROM old_rows o JOIN product_variants v ON v.id = o.variant_id
                             WHERE o.on_hand > o.reserved ORDER BY 1);
            ELSE
                ids := ARRAY(
                    SELECT DISTINCT v.product_id
                    FROM new_rows n JOIN old_rows o ON o.id = n.id
                    JOIN product_variants v ON v.id IN (n.variant_id, o.variant_id)
                    WHERE (n.on_hand > n.reserved) IS DISTINCT FROM (o.on_hand > o.reserved) OR n.variant_id <> o.variant_id
                    ORDER BY 1);
            END IF;
            IF cardinality(ids) > 0 THEN PERFORM refresh_product_search_stock(ids); END IF;
            RETURN NULL;
        END
        $$;

        CREATE FUNCTION product_search_sync_vendors() RETURNS trigger
        LANGUAGE plpgsql
        AS $$
        DECLARE
            ids integer[];
        BEGIN
            IF product_search_paused() THEN RETURN NULL; END IF;
            ids := ARRAY(
                SELECT p.id FROM products p
                WHERE p.status = 'Active' AND p.vendor_id IN (
                    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
                    WHERE (n.name, n.slug, n.status) IS DISTINCT FROM (o.name, o.slug, o.status))
                ORDER BY 1);
            IF cardinality(ids) > 0 THEN PERFORM refresh_product_search(ids); END IF;
            RETURN NULL;
        END
        $$;

        CREATE FUNCTION product_search_sync_categories() RETURNS trigger
        LANGUAGE plpgsql
        AS $$
        DECLARE
            ids integer[];
        BEGIN
            IF product_search_paused() THEN RETURN NULL; END IF;
            -- A category's name, activity and parent reach every product below it.
            WITH RECURSIVE subtree AS (
                SELECT n.id, 1 AS depth FROM new_rows n JOIN old_rows o ON o.id = n.id
                WHERE (n.name, n.parent_id, n.is_active) IS DISTINCT FROM (o.name, o.parent_id, o.is_active)
                UNION
                SELECT c.id, subtree.depth + 1 FROM categories c JOIN subtree ON c.parent_id = subtree.id
                WHERE subtree.depth < 32
            )
            SELECT ARRAY(SELECT p.id FROM products p WHERE p.status = 'Active' AND p.category_id IN (SELECT id FROM subtree) ORDER BY 1)
            INTO ids;
            IF cardinality(ids) > 0 THEN PERFORM refresh_product_search(ids); END IF;
            RETURN NULL;
        END
        $$;

        CREATE TRIGGER product_search_sync_update AFTER UPDATE ON products
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION product_search_sync_products();
        CREATE TRIGGER product_search_sync_delete AFTER DELETE ON products
            REFERENCING OLD TABLE AS old_rows
            FOR EACH STATEMENT EXECUTE FUNCTION product_search_sync_products();
        CREATE TRIGGER product_search_sync_truncate AFTER TRUNCATE ON products
            FOR EACH STATEMENT EXECUTE FUNCTION product_search_sync_products();

        CREATE TRIGGER product_search_sync_insert AFTER INSERT ON product_variants
            REFERENCING NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION product_search_sync_variants();
        CREATE TRIGGER product_search_sync_update AFTER UPDATE ON product_variants
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION product_search_sync_variants();
        CREATE TRIGGER product_search_sync_delete AFTER DELETE ON product_variants
            REFERENCING OLD TABLE AS old_rows
            FOR EACH STATEMENT EXECUTE FUNCTION product_search_sync_variants();

        CREATE TRIGGER product_search_sync_insert AFTER INSERT ON product_images
            REFERENCING NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION product_search_sync_images();
        CREATE TRIGGER product_search_sync_update AFTER UPDATE ON product_images
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION product_search_sync_images();
        CREATE TRIGGER product_search_sync_delete AFTER DELETE ON product_images
            REFERENCING OLD TABLE AS old_rows
            FOR EACH STATEMENT EXECUTE FUNCTION product_search_sync_images();

        CREATE TRIGGER product_search_sync_insert AFTER INSERT ON inventory_levels
            REFERENCING NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION product_search_sync_inventory();
        CREATE TRIGGER product_search_sync_update AFTER UPDATE ON inventory_levels
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION product_search_sync_inventory();
        CREATE TRIGGER product_search_sync_delete AFTER DELETE ON inventory_levels
            REFERENCING OLD TABLE AS old_rows
            FOR EACH STATEMENT EXECUTE FUNCTION product_search_sync_inventory();

        CREATE TRIGGER product_search_sync_update AFTER UPDATE ON vendors
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION product_search_sync_vendors();

        CREATE TRIGGER product_search_sync_update AFTER UPDATE ON categories
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION product_search_sync_categories();
        """;

    private const string DropAll = """
        DROP TRIGGER product_search_sync_update ON products;
        DROP TRIGGER product_search_sync_delete ON products;
        DROP TRIGGER product_search_sync_truncate ON products;
        DROP TRIGGER product_search_sync_insert ON product_variants;
        DROP TRIGGER product_search_sync_update ON product_variants;
        DROP TRIGGER product_search_sync_delete ON product_variants;
        DROP TRIGGER product_search_sync_insert ON product_images;
        DROP TRIGGER product_search_sync_update ON product_images;
        DROP TRIGGER product_search_sync_delete ON product_images;
        DROP TRIGGER product_search_sync_insert ON inventory_levels;
        DROP TRIGGER product_search_sync_update ON inventory_levels;
        DROP TRIGGER product_search_sync_delete ON inventory_levels;
        DROP TRIGGER product_search_sync_update ON vendors;
        DROP TRIGGER product_search_sync_update ON categories;
        DROP FUNCTION product_search_sync_products();
        DROP FUNCTION product_search_sync_variants();
        DROP FUNCTION product_search_sync_images();
        DROP FUNCTION product_search_sync_inventory();
        DROP FUNCTION product_search_sync_vendors();
        DROP FUNCTION product_search_sync_categories();
        DROP FUNCTION product_search_paused();
        DROP FUNCTION refresh_product_search(integer[]);
        DROP FUNCTION refresh_product_search_stock(integer[]);
        DROP FUNCTION refresh_product_search_images(integer[]);
        DROP TABLE product_search;
        DROP FUNCTION product_search_primary_image(integer);
        DROP VIEW product_search_variants;
        DROP FUNCTION search_option_pairs(jsonb);
        DROP FUNCTION search_joined_words(text);
        DROP FUNCTION search_fold(text);
        """;
}
