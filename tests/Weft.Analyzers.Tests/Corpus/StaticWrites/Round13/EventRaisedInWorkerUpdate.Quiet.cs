// The quiet twin: the handler appends to a ConcurrentQueue.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.EventRaisedInWorkerUpdateQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    private static readonly ConcurrentQueue<string> s_evicted = new();

    private readonly Dictionary<string, int> _byHost = new();

    static Cache() => Evicted += host => s_evicted.Enqueue(host);

    public static event Action<string>? Evicted;

    [WorkerUpdate]
    private void Evict(string host)
    {
        if (_byHost.Remove(host))
        {
            Evicted?.Invoke(host);
        }
    }
}
