// Round 2. Report place: either method group counts (group). Parallel.Invoke runs two method groups of the worker's
// own object on thread-pool threads, at the same time.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.Round2.InvokeGroups;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Index
{
    private readonly Dictionary<string, int> _terms = new();
    private readonly List<string> _log = new();

    public void Compact() => _terms.Clear();

    public void Rotate() => _log.Clear();
}

public static class Maintenance
{
    public static void Run()
    {
        var index = Index.Current;
        Parallel.Invoke(index.Compact, index.Rotate); // expect: WEFT0004
    }
}
