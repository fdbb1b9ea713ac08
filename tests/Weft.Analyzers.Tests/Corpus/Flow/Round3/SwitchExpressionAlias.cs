// Round 3. A switch expression picks either the published list or a fresh one; on the first arm Add writes the
// published list.
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus.Flow.Round3.SwitchExpressionAlias;

public static class Tiers
{
    public static void Add(WorkerPool pool, List<string> gold, string tier, string host)
    {
        var slot = pool.AllocateSlot<List<string>>();
        slot.Publish(gold);
        var target = tier switch
        {
            "gold" => gold,
            _ => new List<string>(),
        };
        target.Add(host); // expect: WEFT0002
    }
}
