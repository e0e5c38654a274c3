using Commerce.Core;
using Commerce.Core.Customers;
using Commerce.Infrastructure.Identity;
using Commerce.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Storefront.Account;

public sealed record SignupRequest(string Email, string Password, string FirstName, string LastName, bool MarketingConsent);

public sealed record SignupResult(ApplicationUser? User, IReadOnlyList<string> Errors)
{
    public bool Succeeded => User is not null;
}

/// <summary>
/// A shopper's registration: the login, its Customer role and the customer record, saved together or not at all.
/// Identity's stores share the request's <see cref="CommerceDbContext"/>, so one transaction covers all three.
/// </summary>
public sealed class CustomerSignup(UserManager<ApplicationUser> users, CommerceDbContext db, ILogger<CustomerSignup> logger)
{
    public async Task<SignupResult> RegisterAsync(SignupRequest request, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var displayName = $"{request.FirstName.Trim()} {request.LastName.Trim()}".Trim();
        var user = new ApplicationUser { UserName = request.Email, Email = request.Email, DisplayName = displayName };

        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded) return Failed(created);
        var role = await users.AddToRoleAsync(user, Roles.Customer);
        if (!role.Succeeded) return Failed(role);

        // A guest who has ordered before already has a customer record: the new login takes it over.
        var email = Customer.NormalizeEmail(request.Email);
        var customer = await db.Customers.SingleOrDefaultAsync(c => c.Email == email, cancellationToken);
        if (customer is null)
        {
            customer = new Customer(request.Email, request.FirstName, request.LastName, user.Id);
            db.Customers.Add(customer);
        }
        else if (customer.UserId is null)
        {
            customer.LinkUser(user.Id);
        }
        else
        {
            return new SignupResult(null, [EmailTaken]);
        }
        customer.SetMarketingConsent(request.MarketingConsent);

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Customer {CustomerId} registered", customer.Id);
        return new SignupResult(user, []);
    }

    private const string EmailTaken = "An account with this email already exists. Log in, or reset your password if you've forgotten it.";

    // The user name is the email, so a taken email shows up twice in Identity's errors: say it once, plainly.
    private static SignupResult Failed(IdentityResult result) => new(null,
    [
        .. result.Errors
            .Select(e => e.Code is "DuplicateUserName" or "DuplicateEmail" ? EmailTaken : e.Description)
            .Distinct(),
    ]);
}
