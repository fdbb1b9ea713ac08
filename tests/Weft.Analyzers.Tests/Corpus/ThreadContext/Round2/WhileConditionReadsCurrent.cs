// Round 2. The loop condition reads Current; the body's ConfigureAwait(false) moves every later evaluation of the
// condition to the thread pool.
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.Round2.WhileCondition;

[ThreadLocalSlot]
public sealed partial class Switches
{
    public bool DrainEnabled { get; init; }
    public int PollMs { get; init; }
}

public static class Drainer
{
    public static async Task RunAsync()
    {
        while (Switches.Current.DrainEnabled) // expect: WEFT0005
        {
            await Task.Delay(100).ConfigureAwait(false);
        }
    }
}
