using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Commerce.Infrastructure.Persistence.Conversions;

/// <summary>Stores a variant's options ({"Size":"M","Colour":"Navy"}) as a jsonb object.</summary>
internal sealed class OptionsJsonConverter() : ValueConverter<Dictionary<string, string>, string>(
    options => JsonSerializer.Serialize(options, (JsonSerializerOptions?)null),
    json => new Dictionary<string, string>(
        JsonSerializer.Deserialize<Dictionary<string, string>>(json, (JsonSerializerOptions?)null) ?? new(),
        StringComparer.OrdinalIgnoreCase))
{
    public static readonly ValueComparer<Dictionary<string, string>> Comparer = new(
        (a, b) => a != null && b != null && a.Count == b.Count && !a.Except(b).Any(),
        d => d.Aggregate(0, (hash, kv) => hash ^ HashCode.Combine(kv.Key, kv.Value)),
        d => new Dictionary<string, string>(d, StringComparer.OrdinalIgnoreCase));
}
