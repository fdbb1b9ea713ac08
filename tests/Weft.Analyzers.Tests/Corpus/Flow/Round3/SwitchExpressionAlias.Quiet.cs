// Round 3. Both arms of the switch expression build a new list: the published one is never written.
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
            "gold" => new List<string>(gold),
            _ => new List<string>(),
        };
        target.Add(host);
    }
}
