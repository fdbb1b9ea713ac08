// Twin: SuppressThrowing combined with ContinueOnCapturedContext stays on the loop.
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.R8.ConfigureAwaitOptionsSuppressOnlyQuiet;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public int PerSecond { get; init; }
}

public static class Warmup
{
    public static async Task<int> RunAsync(Task probe)
    {
        await probe.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        return Limits.Current.PerSecond;
    }
}
