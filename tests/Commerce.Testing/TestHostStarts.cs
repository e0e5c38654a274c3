namespace Commerce.Testing;

/// <summary>
/// WebApplicationFactory finds the store's host by listening to every host built in the test process
/// (HostFactoryResolver), so a factory starting while another host is built (a second store, a FakeStripeApi) can
/// configure the wrong one, and the store ends up on the default port 5000. Test hosts therefore start one at a time.
/// </summary>
public static class TestHostStarts
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<T> OneAtATimeAsync<T>(Func<Task<T>> start)
    {
        await Gate.WaitAsync();
        try
        {
            return await start();
        }
        finally
        {
            Gate.Release();
        }
    }
}
