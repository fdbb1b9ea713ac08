// A loop written with `goto`: the Current read sits above the ConfigureAwait(false) in the text, but the jump back
// runs it again after that await, off the loop.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.GotoLoopConfigureAwait;

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
        total += Routes.Current.Hosts.Length; // expect: WEFT0005
        await Task.Delay(10).ConfigureAwait(false);
        if (++pass < 3)
        {
            goto again;
        }

        return total;
    }
}
