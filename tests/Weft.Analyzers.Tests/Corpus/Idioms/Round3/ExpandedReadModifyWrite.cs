// Round 3. A posted callback adds to a static total written out as s = s + n. Reading taken: the docs list s_n++ and s_n += x as examples of a read-modify-write; the expanded form is the same read-add-write and loses updates the same way.
using System.Collections.Generic;
using Weft;

namespace Corpus.Idioms.Round3.ExpandedReadModifyWrite;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Totals
{
    private static long s_bytes;

    public static void Count(WorkerPool pool, long n)
    {
        foreach (var worker in pool.Workers)
        {
            worker.Post(() => s_bytes = s_bytes + n); // expect: WEFT0006
        }
    }
}
