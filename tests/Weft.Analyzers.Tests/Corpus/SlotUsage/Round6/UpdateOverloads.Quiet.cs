// Quiet twin of UpdateOverloads: two void [WorkerUpdate] overloads (the generator emits one
// EvictOnAllWorkersAsync per overload).
using System.Collections.Generic;
using Weft;

namespace Corpus6a.UpdateOverloads;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    [WorkerUpdate] public void Evict(string host) => _byHost.Remove(host);

    [WorkerUpdate] public void Evict(string host, int port) => _byHost.Remove(host + ":" + port);
}
