using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;

namespace Commerce.Web.Admin.CatalogImport;

/// <summary>Export the catalog, queue an import and watch its progress (polled once a second while it runs).</summary>
public partial class CatalogImportPage
{
    private ImportStatus? current;
    private IReadOnlyList<ImportStatus> recent = [];
    private string? uploadError;
    private bool busy;
    private PeriodicTimer? timer;
    private readonly CancellationTokenSource stopping = new();

    [Inject] private CatalogImportService Imports { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState>? Authentication { get; set; }

    protected override async Task OnInitializedAsync() => recent = await Imports.RecentAsync();

    private async Task UploadAsync(InputFileChangeEventArgs e)
    {
        uploadError = null;
        if (e.File.Size > CatalogImportService.MaxFileBytes) { uploadError = "The file is larger than 20 MB; split it."; return; }
        busy = true;
        try
        {
            using var reader = new StreamReader(e.File.OpenReadStream(CatalogImportService.MaxFileBytes), Encoding.UTF8);
            var content = await reader.ReadToEndAsync();
            var user = Authentication is null ? "admin" : (await Authentication).User.Identity?.Name ?? "admin";
            await ShowAsync(await Imports.QueueAsync(e.File.Name, content, user));
        }
        finally
        {
            busy = false;
        }
    }

    private async Task ShowAsync(Guid id)
    {
        current = await Imports.StatusAsync(id);
        if (current is { IsFinished: false } && timer is null) _ = PollAsync(id);
    }

    private async Task PollAsync(Guid id)
    {
        timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stopping.Token))
            {
                current = await Imports.StatusAsync(id, stopping.Token);
                await InvokeAsync(StateHasChanged);
                if (current is null || current.IsFinished) break;
            }
            recent = await Imports.RecentAsync(stopping.Token);
            await InvokeAsync(StateHasChanged);
        }
        catch (OperationCanceledException) { }
        finally
        {
            timer?.Dispose();
            timer = null;
        }
    }

    public void Dispose()
    {
        stopping.Cancel();
        timer?.Dispose();
    }
}
