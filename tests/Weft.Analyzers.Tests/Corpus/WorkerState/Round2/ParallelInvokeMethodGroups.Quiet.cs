// Round 2. The same two method groups, posted to this worker's own loop one after the other.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

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
        var loop = Dispatcher.Current!;
        loop.Post(index.Compact);
        loop.Post(index.Rotate);
    }
}
