using System.Text.Json;
using System.Text.Json.Serialization;

namespace Commerce.Benchmarks;

/// <summary>Every result goes out twice: one JSON line for scripts (also appended to --json-out) and one line for people.</summary>
internal static class Report
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static void Write<T>(T result, string human, string? jsonOut)
    {
        var line = JsonSerializer.Serialize(result, Json);
        Console.WriteLine(line);
        Console.WriteLine(human);
        if (jsonOut is not null) File.AppendAllText(jsonOut, line + Environment.NewLine);
    }

    public static double Round(double value) => Math.Round(value, 2);
}
