// Round 2. The same loop with a plain await: the condition is always evaluated on the worker.
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
        while (Switches.Current.DrainEnabled)
        {
            await Task.Delay(Switches.Current.PollMs);
        }
    }
}
