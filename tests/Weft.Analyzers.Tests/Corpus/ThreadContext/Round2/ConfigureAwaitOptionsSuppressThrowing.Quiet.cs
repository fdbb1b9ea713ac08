// Round 2. SuppressThrowing together with ContinueOnCapturedContext: the continuation stays on the worker.
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.Round2.AwaitOptions;

[ThreadLocalSlot]
public sealed partial class Timeouts
{
    public int IdleMs { get; init; }
}

public static class Idle
{
    public static async Task<int> WaitAsync(Task pending)
    {
        await pending.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        return Timeouts.Current.IdleMs;
    }
}
