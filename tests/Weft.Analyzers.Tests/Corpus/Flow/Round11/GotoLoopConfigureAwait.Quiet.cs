// Quiet twin: the await keeps the loop's context, so every pass reads Current on the worker.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.GotoLoopConfigureAwaitQuiet;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public ImmutableArray<string> Hosts { get; init; }
}

public static class Poller
{
    public static async Task<int> PollAsync()
    {
        int total = 0;
        int pass = 0;
    again:
        total += Routes.Current.Hosts.Length;
        await Task.Delay(10);
        if (++pass < 3)
        {
            goto again;
        }

        return total;
    }
}
