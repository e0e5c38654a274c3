using System.Runtime.CompilerServices;
using Bunit;

namespace Commerce.Web.Tests.Support;

internal static class BunitTimeouts
{
    // Components here load from a real database; on a busy 2-core CI machine that can take longer than bunit's 1 s default.
    [ModuleInitializer]
    internal static void Initialize() => BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(15);
}
