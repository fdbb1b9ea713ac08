// The fan-out works on strings; the worker's compiled table is only used on the worker.
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
    public static async Task<int[]> BuildAsync(IReadOnlyList<string> sources)
    {
        string[] normalized = await Task.WhenAll(sources.Select(s => Task.Run(() => s.Trim())));
        Parallel.Invoke(() => System.Console.WriteLine("prelude"), () => System.Console.WriteLine("runtime"));
        var compiled = Compiled.Current;
        return normalized.Select(compiled.Compile).ToArray();
    }
}
