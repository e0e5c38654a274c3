namespace Commerce.Core.Catalog;

/// <summary>One variant as the picker sees it: its option values and whether a shopper can buy it now.</summary>
public sealed record VariantChoice(int VariantId, IReadOnlyDictionary<string, string> Options, bool CanBuy);

public enum OptionValueState
{
    Available,
    /// <summary>Exists with the other selected options but cannot be bought now; selectable to ask for a back-in-stock email.</summary>
    SoldOut,
    /// <summary>No variant has this value with the other selected options.</summary>
    Unavailable,
}

/// <summary>The result of a choice: the new selection, the variant it lands on, and what was changed to get there.</summary>
public sealed record VariantSelection(IReadOnlyDictionary<string, string> Options, VariantChoice? Variant, string? Adjustment);

/// <summary>
/// The option grid of one product (e.g. Size × Colour). Answers which values can be picked given the others,
/// and moves a dead-end choice to the nearest combination that exists instead of stranding the shopper.
/// </summary>
public sealed class VariantMatrix(IReadOnlyList<string> optionNames, IReadOnlyList<VariantChoice> variants)
{
    public IReadOnlyList<string> OptionNames { get; } = optionNames;
    public IReadOnlyList<VariantChoice> Variants { get; } = variants;

    public IReadOnlyList<string> ValuesOf(string option) =>
        Variants.Select(v => v.Options.GetValueOrDefault(option)).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public VariantChoice? Find(IReadOnlyDictionary<string, string> selection) =>
        Variants.FirstOrDefault(v => OptionNames.All(name => Same(v.Options.GetValueOrDefault(name), selection.GetValueOrDefault(name))));

    public OptionValueState StateOf(string option, string value, IReadOnlyDictionary<string, string> selection)
    {
        var candidates = Variants.Where(v => Same(v.Options.GetValueOrDefault(option), value)
            && OptionNames.Where(n => n != option && selection.ContainsKey(n)).All(n => Same(v.Options.GetValueOrDefault(n), selection[n]))).ToList();
        return candidates.Count == 0 ? OptionValueState.Unavailable
            : candidates.Any(v => v.CanBuy) ? OptionValueState.Available
            : OptionValueState.SoldOut;
    }

    /// <summary>The starting selection: the requested variant if it exists, else the first one that can be bought.</summary>
    public VariantSelection Initial(int? variantId)
    {
        var variant = Variants.FirstOrDefault(v => v.VariantId == variantId)
            ?? Variants.FirstOrDefault(v => v.CanBuy) ?? Variants.FirstOrDefault();
        return new(variant?.Options ?? new Dictionary<string, string>(), variant, null);
    }

    public VariantSelection Choose(IReadOnlyDictionary<string, string> current, string option, string value)
    {
        var wanted = new Dictionary<string, string>(current, StringComparer.OrdinalIgnoreCase) { [option] = value };
        if (Find(wanted) is { } exact) return new(wanted, exact, null);

        // Keep the value just picked; keep as many other choices as possible, prefer what can be bought.
        var nearest = Variants
            .Where(v => Same(v.Options.GetValueOrDefault(option), value))
            .OrderByDescending(v => OptionNames.Count(n => n != option && Same(v.Options.GetValueOrDefault(n), wanted.GetValueOrDefault(n))))
            .ThenByDescending(v => v.CanBuy)
            .FirstOrDefault();
        if (nearest is null) return new(current, Find(current), $"{value} is not available.");

        var changed = OptionNames.Where(n => n != option && !Same(nearest.Options.GetValueOrDefault(n), wanted.GetValueOrDefault(n)))
            .Select(n => $"{n} {nearest.Options.GetValueOrDefault(n)}").ToList();
        var note = changed.Count == 0 ? null
            : $"{value} is not available with {Describe(wanted, option)}, so we switched to {string.Join(" and ", changed)}.";
        return new(new Dictionary<string, string>(nearest.Options, StringComparer.OrdinalIgnoreCase), nearest, note);
    }

    private string Describe(IReadOnlyDictionary<string, string> selection, string except) =>
        string.Join(" and ", OptionNames.Where(n => n != except && selection.ContainsKey(n)).Select(n => $"{n.ToLowerInvariant()} {selection[n]}"));

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
