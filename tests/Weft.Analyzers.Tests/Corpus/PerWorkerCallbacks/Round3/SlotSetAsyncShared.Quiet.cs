// Round 3. Slot<T>.SetAsync with a factory that allocates per thread.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.Round3.SlotSetAsyncShared;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public sealed class Buffers
{
    public byte[] Scratch { get; } = new byte[4096];
}

public static class Setup
{
    public static Task RunAsync(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Buffers>();
        return slot.SetAsync(_ => new Buffers());
    }
}
