// Quiet twin of TernaryPublishedOrFresh: both branches build a new object (a copy of the published one, or a fresh
// one), so the writes never reach what workers read.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.TernaryPublishedOrFreshQuiet;

public sealed class Rules
{
    public List<string> Deny { get; init; } = new();
    public int Version { get; set; }

    public Rules Copy() => new() { Deny = new List<string>(Deny), Version = Version };
}

public static class Publisher
{
    public static void Run(WorkerPool pool, bool reuse, Rules? draft)
    {
        var slot = pool.AllocateSlot<Rules>();
        var live = new Rules();
        slot.Publish(live);
        var next = reuse ? live.Copy() : new Rules();
        next.Version++;
        (draft ?? live.Copy()).Deny.Add("10.0.0.1");
        slot.Publish(next);
    }
}
