// WEFT0004: the worker's dictionary, read into a local before `await Task.WhenAny(..).ConfigureAwait(false)`, is
// written after it, on whatever thread completed the first task.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus5b.WhenAnyConfigureAwaitFalse;

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
        Task<int> winner = await Task.WhenAny(primary, fallback).ConfigureAwait(false);
        byHost["winner"] = winner.Result; // expect: WEFT0004
    }
}
