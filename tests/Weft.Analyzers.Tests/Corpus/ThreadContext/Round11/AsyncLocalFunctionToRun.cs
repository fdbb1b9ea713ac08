// An async local function handed to Task.Run as a method group: it runs on the pool and reads a per-worker Current.
// Reading taken: reported at the read inside it or at the hand-off (#escape).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.AsyncLocalFunctionToRun;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Pending
{
    public Queue<string> Items { get; } = new();
}

public static class Drainer
{
    public static Task<int> DrainAsync()
    {
        return Task.Run(CountAsync); // expect: WEFT0005 #escape

        async Task<int> CountAsync()
        {
            await Task.Yield();
            return Pending.Current.Items.Count; // expect: WEFT0005 #escape
        }
    }
}
