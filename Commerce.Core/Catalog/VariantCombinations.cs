using Commerce.Core.Common;

namespace Commerce.Core.Catalog;

/// <summary>One option a product varies by and its values, e.g. Size: S, M, L.</summary>
public sealed record ProductOption(string Name, IReadOnlyList<string> Values)
{
    public static ProductOption Create(string name, IEnumerable<string> values)
    {
        var cleanName = Guard.NotBlank(name, "Option name", 50);
        var clean = values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (clean.Count == 0) throw new DomainException($"Option {cleanName} needs at least one value.");
        if (clean.Any(v => v.Length > 50)) throw new DomainException($"Values of {cleanName} must be at most 50 characters.");
        return new ProductOption(cleanName, clean);
    }
}

/// <summary>
/// Every combination of a product's options, and the ones its variants do not cover yet. Generating only the missing
/// ones is what lets a shop add "XL" later without touching the SKUs, prices or stock of the variants it already has.
/// </summary>
public static class VariantCombinations
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> All(IReadOnlyList<ProductOption> options)
    {
        if (options.Count == 0) return [];
        if (options.Select(o => o.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count)
            throw new DomainException("Each option name can be used once.");
        IEnumerable<Dictionary<string, string>> combos = [new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)];
        foreach (var option in options)
            combos = combos.SelectMany(c => option.Values.Select(v => new Dictionary<string, string>(c, StringComparer.OrdinalIgnoreCase) { [option.Name] = v }));
        return combos.ToList();
    }

    /// <summary>The combinations no existing variant has. Refuses a new option name once variants exist, since that would change every one of them.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Missing(
        IReadOnlyList<ProductOption> options, IReadOnlyCollection<IReadOnlyDictionary<string, string>> existing)
    {
        var names = options.Select(o => o.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (existing.FirstOrDefault(e => e.Count > 0) is { } sample && !sample.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(names))
            throw new DomainException(
                $"The existing variants are defined by {string.Join(" and ", sample.Keys)}; options can get new values, but adding or removing an option would change every existing variant.");
        return All(options).Where(c => !existing.Any(e => Same(e, c))).ToList();
    }

    /// <summary>The options the variants already use, in first-seen order, with their values in first-seen order.</summary>
    public static IReadOnlyList<ProductOption> Of(IEnumerable<IReadOnlyDictionary<string, string>> variants)
    {
        var options = new List<(string Name, List<string> Values)>();
        foreach (var variant in variants)
            foreach (var (name, value) in variant)
            {
                var index = options.FindIndex(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
                if (index < 0) options.Add((name, [value]));
                else if (!options[index].Values.Contains(value, StringComparer.OrdinalIgnoreCase)) options[index].Values.Add(value);
            }
        return options.Select(o => new ProductOption(o.Name, o.Values)).ToList();
    }

    /// <summary>A SKU suggestion: the product's SKU followed by each value ("TEE" + M/Navy → "TEE-M-NAVY").</summary>
    public static string SuggestSku(string productSku, IReadOnlyDictionary<string, string> options)
    {
        var parts = options.Values.Select(v => new string(v.ToUpperInvariant().Where(char.IsAsciiLetterOrDigit).ToArray())).Where(p => p.Length > 0);
        var sku = string.Join('-', new[] { productSku.Trim().ToUpperInvariant() }.Concat(parts));
        return sku.Length > 64 ? sku[..64] : sku;
    }

    public static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && string.Equals(v, kv.Value, StringComparison.OrdinalIgnoreCase));
}
