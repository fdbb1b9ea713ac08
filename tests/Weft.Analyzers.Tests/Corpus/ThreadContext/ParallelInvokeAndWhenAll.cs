// Parallel.Invoke and Task.Run inside a LINQ projection: both run the worker's state on other threads.
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.Fanout;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Compiled
{
    public Dictionary<string, int> Programs { get; } = new();

    public int Compile(string source) => Programs.TryGetValue(source, out int id) ? id : Programs[source] = Programs.Count;
}

public static class Builder
{
    public static Task<int[]> BuildAsync(IReadOnlyList<string> sources)
    {
        var compiled = Compiled.Current;
        Parallel.Invoke(() => compiled.Compile("prelude"), () => compiled.Compile("runtime")); // expect: WEFT0004
        return Task.WhenAll(sources.Select(s => Task.Run(() => compiled.Compile(s)))); // expect: WEFT0004
    }
}
