// Quiet twin of WhenAnyConfigureAwaitFalse: a plain await of Task.WhenAny resumes on the worker.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus5b.WhenAnyConfigureAwaitFalseQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Race
{
    public static async Task FirstAnswer(Task<int> primary, Task<int> fallback)
    {
        var byHost = HostCache.Current.ByHost;
        Task<int> winner = await Task.WhenAny(primary, fallback);
        byHost["winner"] = winner.Result;
    }
}
