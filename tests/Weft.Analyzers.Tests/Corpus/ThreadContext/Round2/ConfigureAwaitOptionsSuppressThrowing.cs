// Decision: ConfigureAwait(ConfigureAwaitOptions) without ContinueOnCapturedContext is ConfigureAwait(false) by
// another name (.NET 8+): the continuation leaves the worker.
// Round 2. SuppressThrowing alone drops the captured context.
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
        await pending.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return Timeouts.Current.IdleMs; // expect: WEFT0005
    }
}
