using System.Text.Json;
using Commerce.Core.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Commerce.Infrastructure.Persistence.Conversions;

/// <summary>A cart's checkout addresses are work in progress, kept as one jsonb value each.</summary>
internal sealed class AddressJsonConverter() : ValueConverter<Address?, string>(
    address => JsonSerializer.Serialize(address, (JsonSerializerOptions?)null),
    json => JsonSerializer.Deserialize<Address>(json, (JsonSerializerOptions?)null)!);
