// WEFT0002: after the publish, a ternary and `??` pick either the published object or a fresh one, and the write goes
// through whichever was picked: on one path it is the published object.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.TernaryPublishedOrFresh;

public sealed class Rules
{
    public List<string> Deny { get; } = new();
    public int Version { get; set; }
}

public static class Publisher
{
    public static void Run(WorkerPool pool, bool reuse, Rules? draft)
    {
        var slot = pool.AllocateSlot<Rules>();
        var live = new Rules();
        slot.Publish(live);
        var next = reuse ? live : new Rules();
        next.Version++; // expect: WEFT0002
        (draft ?? live).Deny.Add("10.0.0.1"); // expect: WEFT0002
    }
}
