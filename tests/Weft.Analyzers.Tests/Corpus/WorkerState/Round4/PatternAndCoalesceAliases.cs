// WEFT0004: the worker's cache reaches Task.Run through a property pattern's designation (`is { Count: > 0 } busy`)
// and through `??` with a parameter that may be null.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.PatternAndCoalesceAliases;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PrefixCache
{
    public Dictionary<string, string> ByPrefix { get; } = new();
    public int Count => ByPrefix.Count;
}

public sealed class CacheJanitor
{
    public Task TrimIfBusyAsync()
    {
        if (PrefixCache.TryGetCurrent(out var cache) && cache is { Count: > 1000 } busy)
        {
            return Task.Run(() => busy.ByPrefix.Clear()); // expect: WEFT0004
        }

        return Task.CompletedTask;
    }

    public Task ClearAsync(PrefixCache? explicitCache)
    {
        var target = explicitCache ?? PrefixCache.Current;
        return Task.Run(() => target.ByPrefix.Clear()); // expect: WEFT0004
    }
}
