// Quiet twin of PatternAndCoalesceAliases: the clears run on the worker; only the count (an int) goes to Task.Run.
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
            var dropped = busy.Count;
            busy.ByPrefix.Clear();
            return Task.Run(() => System.Console.WriteLine("dropped " + dropped));
        }

        return Task.CompletedTask;
    }

    public void Clear(PrefixCache? explicitCache)
    {
        var target = explicitCache ?? PrefixCache.Current;
        target.ByPrefix.Clear();
    }
}
