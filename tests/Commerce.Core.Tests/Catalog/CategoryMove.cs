using Commerce.Core.Catalog;
using Commerce.Core.Common;

namespace Commerce.Core.Tests.Catalog;

public class CategoryMove
{
    [Fact]
    public void CannotMoveUnderOwnDescendant()
    {
        var clothing = new Category("Clothing", "clothing");
        var tops = new Category("Tops", "tops", clothing);
        var tees = new Category("Tees", "tees", tops);

        Assert.Throws<DomainException>(() => clothing.MoveUnder(tees));
        Assert.Null(clothing.Parent);
    }

    [Fact]
    public void CannotMoveUnderItself()
    {
        var clothing = new Category("Clothing", "clothing");

        Assert.Throws<DomainException>(() => clothing.MoveUnder(clothing));
    }

    [Fact]
    public void MovesUnderASiblingOrBackToTheTop()
    {
        var clothing = new Category("Clothing", "clothing");
        var sale = new Category("Sale", "sale");
        var tees = new Category("Tees", "tees", clothing);

        tees.MoveUnder(sale);
        Assert.Same(sale, tees.Parent);

        tees.MoveUnder(null);
        Assert.Null(tees.Parent);
        Assert.Null(tees.ParentId);
    }

    [Fact]
    public void KeepsParentsChildrenInStep()
    {
        var clothing = new Category("Clothing", "clothing");
        var sale = new Category("Sale", "sale");
        var tees = new Category("Tees", "tees", clothing);
        Assert.Contains(tees, clothing.Children);

        tees.MoveUnder(sale);

        Assert.DoesNotContain(tees, clothing.Children);
        Assert.Contains(tees, sale.Children);
    }
}
