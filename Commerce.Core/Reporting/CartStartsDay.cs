namespace Commerce.Core.Reporting;

/// <summary>
/// How many carts were started on one UTC day. Carts are deleted once paid for or abandoned, so the count is kept
/// apart from them; a database trigger on new carts keeps it, so no code path that creates a cart can miss it.
/// </summary>
public class CartStartsDay
{
    private CartStartsDay() { }

    public CartStartsDay(DateOnly day, int carts)
    {
        Day = day;
        Carts = carts;
    }

    public DateOnly Day { get; private set; }
    public int Carts { get; private set; }
}
