// Round 3. The set is finished before the async local function publishes it.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Flow.Round3.AsyncLocalFunctionPublishes;

public static class Denylist
{
    public static async Task UpdateAsync(WorkerPool pool, HashSet<string> denied)
    {
        var slot = pool.AllocateSlot<HashSet<string>>();

        async Task ShipAsync() => await slot.PublishAsync(denied);

        denied.Add("198.51.100.7");
        await ShipAsync();
    }
}
