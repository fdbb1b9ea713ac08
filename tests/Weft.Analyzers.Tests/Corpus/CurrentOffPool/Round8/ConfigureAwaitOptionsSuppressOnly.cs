// WEFT0005: ConfigureAwaitOptions.SuppressThrowing alone does not continue on the captured context.
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.R8.ConfigureAwaitOptionsSuppressOnly;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public int PerSecond { get; init; }
}

public static class Warmup
{
    public static async Task<int> RunAsync(Task probe)
    {
        await probe.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return Limits.Current.PerSecond; // expect: WEFT0005
    }
}
