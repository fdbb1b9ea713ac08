// Parallel.ForEachAsync runs its async body on pool threads, several at once: it appends to the worker's list.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.ParallelForEachAsyncAdds;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Resolver
{
    public List<string> Resolved { get; } = new();
}

public static class Bulk
{
    public static Task ResolveAsync(IEnumerable<string> names)
    {
        var resolved = Resolver.Current.Resolved;
        return Parallel.ForEachAsync(names, async (name, ct) =>
        {
            await Task.Delay(1, ct);
            resolved.Add(name); // expect: WEFT0004
        });
    }
}
