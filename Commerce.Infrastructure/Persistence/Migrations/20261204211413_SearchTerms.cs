using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Infrastructure.Persistence.Migrations;

/// <summary>
/// <c>search_terms</c>: every word of three or more characters in a listed product's name (folded like
/// <c>search_text</c>), with how many listed products it names. Typo correction looks a shopper's word up here, exactly
/// (one edit away, candidates made in code) or by trigram for "Did you mean", instead of a trigram scan over every
/// product name. Like <c>product_search</c> it is outside the EF model and kept by statement-level triggers on
/// <c>product_search</c>; a stock change (text unchanged) touches nothing here.
/// </summary>
public partial class SearchTerms : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE search_terms (
            term text COLLATE "C" PRIMARY KEY,
            products integer NOT NULL
        );
        CREATE INDEX ix_search_terms_trigram ON search_terms USING gin (term gin_trgm_ops);
        -- Terms no product uses any more, for the triggers to delete without scanning the table (normally empty).
        CREATE INDEX ix_search_terms_unused ON search_terms (term) WHERE products <= 0;

        CREATE FUNCTION search_text_words(value text) RETURNS SETOF text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$
            SELECT DISTINCT w FROM regexp_split_to_table(value, '[^[:alnum:]]+') AS w
            WHERE length(w) >= 3 AND w ~ '[[:alpha:]]'
        $$;

        CREATE FUNCTION search_terms_sync() RETURNS trigger
        LANGUAGE plpgsql
        AS $$
        BEGIN
            IF TG_OP = 'TRUNCATE' THEN
                TRUNCATE search_terms;
                RETURN NULL;
            END IF;
            -- An update (or truncate): only rows whose text changed count. Terms in a fixed order, so two catalog writers meeting on the same words never deadlock.
            WITH removed AS (
                SELECT w AS term, -count(*) AS delta FROM old_rows o CROSS JOIN LATERAL search_text_words(o.search_text) w
                WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.product_id = o.product_id AND n.search_text = o.search_text)
                GROUP BY w
            ), added AS (
                SELECT w AS term, count(*) AS delta FROM new_rows n CROSS JOIN LATERAL search_text_words(n.search_text) w
                WHERE NOT EXISTS (SELECT 1 FROM old_rows o WHERE o.product_id = n.product_id AND o.search_text = n.search_text)
                GROUP BY w
            ), changes AS (
                SELECT term, sum(delta)::integer AS delta FROM (SELECT * FROM removed UNION ALL SELECT * FROM added) d
                GROUP BY term HAVING sum(delta) <> 0
            )
            INSERT INTO search_terms AS t (term, products)
            SELECT term, delta FROM changes ORDER BY term
            ON CONFLICT (term) DO UPDATE SET products = t.products + EXCLUDED.products;
            -- A separate statement: the one above cannot see its own updates.
            DELETE FROM search_terms WHERE products <= 0;
            RETURN NULL;
        END
        $$;

        -- An insert only adds and a delete only removes (their triggers have one transition table each).
        CREATE FUNCTION search_terms_sync_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO search_terms AS t (term, products)
            SELECT w, count(*)::integer FROM new_rows n CROSS JOIN LATERAL search_text_words(n.search_text) w GROUP BY w ORDER BY w
            ON CONFLICT (term) DO UPDATE SET products = t.products + EXCLUDED.products;
            RETURN NULL;
        END $$;
        CREATE FUNCTION search_terms_sync_delete() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE search_terms t SET products = t.products - d.delta
            FROM (SELECT w, count(*)::integer AS delta FROM old_rows o CROSS JOIN LATERAL search_text_words(o.search_text) w GROUP BY w ORDER BY w) d
            WHERE t.term = d.w;
            DELETE FROM search_terms WHERE products <= 0;
            RETURN NULL;
        END $$;

        CREATE TRIGGER search_terms_insert AFTER INSERT ON product_search
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_terms_sync_insert();
        CREATE TRIGGER search_terms_update AFTER UPDATE ON product_search
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_terms_sync();
        CREATE TRIGGER search_terms_delete AFTER DELETE ON product_search
            REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_terms_sync_delete();
        CREATE TRIGGER search_terms_truncate AFTER TRUNCATE ON product_search
            FOR EACH STATEMENT EXECUTE FUNCTION search_terms_sync();

        INSERT INTO search_terms (term, products)
        SELECT w, count(*)::integer FROM product_search s CROSS JOIN LATERAL search_text_words(s.search_text) w GROUP BY w;
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        DROP TABLE search_terms;
        DROP FUNCTION search_terms_sync();
        DROP FUNCTION search_terms_sync_insert();
        DROP FUNCTION search_terms_sync_delete();
        DROP FUNCTION search_text_words(text);
        """);
}
