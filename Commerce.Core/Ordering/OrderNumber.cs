namespace Commerce.Core.Ordering;

/// <summary>Human order numbers like ORD-20261125-0001: the day it was placed and a store-wide sequence value.</summary>
public static class OrderNumber
{
    public static string Format(DateOnly day, long sequenceValue) =>
        sequenceValue > 0
            ? $"ORD-{day:yyyyMMdd}-{sequenceValue:D4}"
            : throw new ArgumentOutOfRangeException(nameof(sequenceValue), "Sequence values start at 1.");

    public static bool LooksValid(string? number) =>
        number is { Length: >= 17 and <= 32 } && number.StartsWith("ORD-", StringComparison.Ordinal)
        && number[4..12].All(char.IsAsciiDigit) && number[12] == '-' && number[13..].All(char.IsAsciiDigit);
}
