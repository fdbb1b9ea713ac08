// WEFT0109: the user declares `EvictOnAllWorkersAsync`, the name generated for the [WorkerUpdate] method `Evict`.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus6a.HiddenOnAllWorkers;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    [WorkerUpdate] public void Evict(string host) => _byHost.Remove(host);

    public static Task EvictOnAllWorkersAsync(string host) => Task.CompletedTask; // expect: WEFT0109 "EvictOnAllWorkersAsync"
}
