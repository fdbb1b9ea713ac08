// WEFT0107 on one overload only: two [WorkerUpdate] overloads of Evict, one returning bool.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.UpdateOverloads;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    [WorkerUpdate] public void Evict(string host) => _byHost.Remove(host);

    [WorkerUpdate] public bool Evict(string host, int port) => _byHost.Remove(host + ":" + port); // expect: WEFT0107 "Evict"
}
