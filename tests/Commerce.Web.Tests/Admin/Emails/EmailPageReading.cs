using System.Text;
using Bunit;
using Commerce.Core.Notifications;
using Commerce.Infrastructure.Notifications;
using Commerce.Infrastructure.Persistence;
using Commerce.Web.Admin.Emails;
using Commerce.Web.Tests.Components;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using MudBlazor;
using MudBlazor.Services;

namespace Commerce.Web.Tests.Admin.Emails;

/// <summary>An admin opens one email from /admin/emails and reads it as the mail server received it.</summary>
public sealed class EmailPageReading(ComponentDatabase database) : IClassFixture<ComponentDatabase>, IAsyncLifetime
{
    private readonly BunitContext _bunit = new();
    private readonly RecordingJobs _jobs = new();

    public Task InitializeAsync()
    {
        _bunit.Services.AddMudServices();
        _bunit.Services.AddDbContextFactory<CommerceDbContext>(o => o
            .UseNpgsql(database.ConnectionString, n => n.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention());
        _bunit.Services.AddSingleton<IBackgroundJobClient>(_jobs);
        _bunit.Services.AddSingleton<EmailDispatch>();
        _bunit.Services.AddScoped<EmailsService>();
        _bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        _bunit.Render<MudPopoverProvider>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _bunit.DisposeAsync();

    [Fact]
    public async Task ShowsTheHtmlInASandboxAndTheTextAsSentAndOffersResendForAFailedEmail()
    {
        var email = OutboxEmail.Create(EmailTemplate.LowStockAlert, $"test:{Guid.NewGuid()}", "stock@store.test");
        const string html = "<p>Running low: <b>Canvas Tote</b></p><script>parent.document.title='owned'</script>";
        email.RecordFailure("SmtpCommandException: 550 mailbox unavailable", DateTimeOffset.UtcNow, 6, "Low stock", permanent: true,
            message: Mime("Low stock", html, "Running low: Canvas Tote"));
        await using (var db = database.NewContext())
        {
            db.OutboxEmails.Add(email);
            await db.SaveChangesAsync();
        }

        var page = _bunit.Render<EmailPage>(p => p.Add(x => x.Id, email.Id));

        var frame = page.WaitForElement("iframe[data-testid=html-part]");
        Assert.Equal("", frame.GetAttribute("sandbox")); // no scripts, forms or same-origin access
        Assert.Equal(html, frame.GetAttribute("srcdoc"));
        Assert.Contains("550 mailbox unavailable", page.Find("[data-testid=last-error]").TextContent);
        Assert.Contains("stock@store.test", page.Find("[data-testid=email-facts]").TextContent);
        page.FindAll(".mud-tab").Single(t => t.TextContent.Trim() == "Text").Click();
        page.WaitForAssertion(() => Assert.Equal("Running low: Canvas Tote", page.Find("[data-testid=text-part]").TextContent.Trim()));

        page.Find("button[data-testid=resend]").Click();
        page.WaitForAssertion(() => Assert.Equal("Pending", page.Find("[data-testid=status]").TextContent.Trim()));
        Assert.Single(_jobs.Created);
    }

    [Fact]
    public async Task SaysWhyASignInEmailCannotBeRead()
    {
        var email = OutboxEmail.Create(EmailTemplate.PasswordReset, $"test:{Guid.NewGuid()}", "ada@store.test");
        email.MarkSent("Reset your password", "id@store.test", DateTimeOffset.UtcNow, Mime("Reset", "<a href='https://x/reset?code=1'>Reset</a>", "code=1"));
        await using (var db = database.NewContext())
        {
            db.OutboxEmails.Add(email);
            await db.SaveChangesAsync();
        }

        var page = _bunit.Render<EmailPage>(p => p.Add(x => x.Id, email.Id));

        page.WaitForAssertion(() => Assert.Contains("sign-in link", page.Find("[data-testid=not-kept]").TextContent));
        Assert.Empty(page.FindAll("iframe"));
        Assert.DoesNotContain("code=1", page.Markup);
    }

    private static string Mime(string subject, string html, string text)
    {
        var message = new MimeMessage { Subject = subject };
        message.From.Add(MailboxAddress.Parse("store@store.test"));
        message.To.Add(MailboxAddress.Parse("stock@store.test"));
        message.Body = new BodyBuilder { HtmlBody = html, TextBody = text }.ToMessageBody();
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private sealed class RecordingJobs : IBackgroundJobClient
    {
        public List<Job> Created { get; } = [];

        public string Create(Job job, IState state)
        {
            Created.Add(job);
            return Created.Count.ToString();
        }

        public bool ChangeState(string jobId, IState state, string expectedState) => true;
    }
}
