// Quiet twin: the async local function is awaited directly on the worker; its plain await resumes there.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.AsyncLocalFunctionToRunQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Pending
{
    public Queue<string> Items { get; } = new();
}

public static class Drainer
{
    public static Task<int> DrainAsync()
    {
        return CountAsync();

        async Task<int> CountAsync()
        {
            await Task.Yield();
            return Pending.Current.Items.Count;
        }
    }
}
