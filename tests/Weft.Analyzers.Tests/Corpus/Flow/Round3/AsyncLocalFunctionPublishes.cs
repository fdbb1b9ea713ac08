// Round 3. The publish happens inside an async local function; the caller awaits it, then writes the set.
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

        await ShipAsync();
        denied.Add("198.51.100.7"); // expect: WEFT0002 "denied"
    }
}
