// The array handed to a generated `<Method>OnAllWorkersAsync` is copied into the broadcast's state, which is
// [Published] (the runtime's OnAllWorkersAsync<TState>(..., [Published] TState state)): it reaches every worker by
// reference. Clearing the array afterwards changes what workers are evicting (WEFT0002 through the [Published]
// parameter: "must not be changed again"). The mutable argument itself is WEFT0007 at the call (another helper's
// rule; marked here because the file triggers it).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.WorkerUpdateArgumentWrittenAfter;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    [WorkerUpdate]
    private void Evict(string[] hosts)
    {
        foreach (var host in hosts)
        {
            _byHost.Remove(host);
        }
    }
}

public static class Eviction
{
    public static async Task EvictAsync(WorkerPool pool, string[] hosts)
    {
        await ConnectionCache.EvictOnAllWorkersAsync(pool, hosts); // expect: WEFT0007
        hosts[0] = ""; // expect: WEFT0002
    }
}
