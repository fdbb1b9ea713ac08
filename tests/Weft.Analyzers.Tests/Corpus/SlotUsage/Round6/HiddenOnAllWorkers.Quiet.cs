// Quiet twin of HiddenOnAllWorkers: the user's helper is named `EvictEverywhereAsync`; a `PurgeOnAllWorkersAsync`
// exists too, but no [WorkerUpdate] method is named `Purge`, so the generator emits nothing by that name.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus6a.HiddenOnAllWorkers;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    [WorkerUpdate] public void Evict(string host) => _byHost.Remove(host);

    public static Task EvictEverywhereAsync(string host) => Task.CompletedTask;

    public static Task PurgeOnAllWorkersAsync() => Task.CompletedTask;
}
