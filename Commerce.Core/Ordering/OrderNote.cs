using Commerce.Core.Common;

namespace Commerce.Core.Ordering;

/// <summary>A note staff leave on an order for each other; the customer never sees it.</summary>
public class OrderNote
{
    private OrderNote() { }

    public OrderNote(Guid orderId, string author, string text, DateTimeOffset at)
    {
        OrderId = orderId;
        Author = Guard.NotBlank(author, "Author", 200);
        Text = Guard.NotBlank(text, "Note", 2000);
        CreatedAt = at;
    }

    public int Id { get; private set; }
    public Guid OrderId { get; private set; }
    public string Author { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}
