using System.Text.RegularExpressions;
using Commerce.Core.Notifications;
using MudBlazor;

namespace Commerce.Web.Admin.Emails;

public partial class EmailsPage
{
    private MudTable<EmailRow>? table;
    private OutboxEmailStatus? status;
    private EmailTemplate? template;
    private string? recipient;
    private readonly HashSet<Guid> resending = [];

    private async Task<TableData<EmailRow>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var list = await Emails.ListAsync(new EmailFilter(status, template, recipient), state.Page, state.PageSize, cancellationToken);
        return new TableData<EmailRow> { Items = list.Rows, TotalItems = list.Total };
    }

    private Task ReloadAsync() => table?.ReloadServerData() ?? Task.CompletedTask;

    private Task OnStatusChanged(OutboxEmailStatus? value)
    {
        status = value;
        return ReloadAsync();
    }

    private Task OnTemplateChanged(EmailTemplate? value)
    {
        template = value;
        return ReloadAsync();
    }

    private Task OnRecipientChanged(string? value)
    {
        recipient = value;
        return ReloadAsync();
    }

    private async Task ResendAsync(EmailRow row)
    {
        resending.Add(row.Id);
        var error = await Emails.ResendAsync(row.Id);
        resending.Remove(row.Id);
        if (error is null) Snackbar.Add($"Sending again to {row.To}", Severity.Success);
        else Snackbar.Add(error, Severity.Warning);
        await ReloadAsync();
    }

    private static Color StatusColor(OutboxEmailStatus value) => value switch
    {
        OutboxEmailStatus.Sent => Color.Success,
        OutboxEmailStatus.Failed => Color.Error,
        OutboxEmailStatus.Pending => Color.Info,
        _ => Color.Default,
    };

    /// <summary>"OrderConfirmation" → "Order confirmation".</summary>
    internal static string Words(EmailTemplate value)
    {
        var words = Regex.Replace(value.ToString(), "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}
