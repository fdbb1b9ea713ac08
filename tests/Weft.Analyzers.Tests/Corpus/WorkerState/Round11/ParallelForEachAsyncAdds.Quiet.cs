// Quiet twin: the parallel body fills a ConcurrentBag; the worker copies it into its list after the await.
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.ParallelForEachAsyncAddsQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Resolver
{
    public List<string> Resolved { get; } = new();
}

public static class Bulk
{
    public static async Task ResolveAsync(IEnumerable<string> names)
    {
        var resolved = Resolver.Current.Resolved;
        var found = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(names, async (name, ct) =>
        {
            await Task.Delay(1, ct);
            found.Add(name);
        });
        resolved.AddRange(found);
    }
}
