using Commerce.Core.Catalog.Search;
using Npgsql;
using NpgsqlTypes;

namespace Commerce.Infrastructure.Search.Postgres;

/// <summary>
/// Total count, facet counts and price bounds in one statement. The products in scope are read once into
/// <c>base</c>, with one boolean column per refinement; each facet then counts the rows that pass every
/// refinement but its own.
/// </summary>
internal static class ListingFacetsQuery
{
    public static NpgsqlBatchCommand Command(ListingFilter filter)
    {
        var flags = filter.Refinements.Select((r, i) => (r.Key, Column: $"f{i}", r.Sql)).ToList();
        string AllBut(string? key) =>
            string.Join(" AND ", flags.Where(f => f.Key != key).Select(f => f.Column).DefaultIfEmpty("true"));
        var optionFacets = ProductQueryString.OptionNames.Select((name, i) => (Key: name.ToLowerInvariant(), Prefix: $"@facet{i}")).ToList();
        var optionScope = string.Join(" OR ", optionFacets.Select(f => $"(o.value LIKE {f.Prefix} AND {AllBut(f.Key)})"));

        var command = new NpgsqlBatchCommand($"""
            WITH base AS MATERIALIZED (
                SELECT s.product_id, s.price_min, s.vendor_slug, s.vendor_name, {filter.OptionColumn} AS options
                       {string.Concat(flags.Select(f => $", ({f.Sql}) AS {f.Column}"))}
                FROM product_search s
                WHERE {filter.Scope}
            ),
            option_counts AS (
                SELECT o.value, count(*)::integer AS n, min(b.product_id) AS witness
                FROM base b CROSS JOIN LATERAL unnest(b.options) AS o(value)
                WHERE {optionScope}
                GROUP BY o.value
            )
            SELECT 'total' AS kind, NULL::text AS value, NULL::text AS label, count(*)::integer AS n,
                   NULL::numeric AS low, NULL::numeric AS high
            FROM base WHERE {AllBut(null)}
            UNION ALL
            SELECT 'price', NULL, NULL, count(*)::integer, min(price_min), max(price_min)
            FROM base WHERE {AllBut(ListingFilter.PriceKey)}
            UNION ALL
            SELECT 'vendor', vendor_slug, min(vendor_name), count(*)::integer, NULL, NULL
            FROM base WHERE {AllBut(ListingFilter.VendorKey)}
            GROUP BY vendor_slug
            UNION ALL
            -- The label as the catalog spells it, read from one product that has the value.
            SELECT 'option', c.value, s.option_labels ->> c.value, c.n, NULL, NULL
            FROM option_counts c JOIN product_search s ON s.product_id = c.witness
            """);
        filter.AddParameters(command.Parameters);
        foreach (var (key, prefix) in optionFacets)
            command.Parameters.Add(new NpgsqlParameter(prefix[1..], NpgsqlDbType.Text) { Value = key + ":%" });
        return command;
    }

    public static async Task<FacetCounts> ReadAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var counts = new FacetCounts();
        while (await reader.ReadAsync(cancellationToken))
        {
            var n = reader.GetInt32(3);
            switch (reader.GetString(0))
            {
                case "total":
                    counts.Total = n;
                    break;
                case "price" when n > 0:
                    counts.PriceBounds = new PriceBounds(reader.GetDecimal(4), reader.GetDecimal(5));
                    break;
                case "vendor":
                    counts.Vendors.Add((reader.GetString(1), reader.GetString(2), n));
                    break;
                case "option":
                    var value = reader.GetString(1);
                    var separator = value.IndexOf(':');
                    var label = reader.IsDBNull(2) ? value[(separator + 1)..] : reader.GetString(2);
                    counts.Options.Add((value[..separator], label, n));
                    break;
            }
        }
        return counts;
    }
}
