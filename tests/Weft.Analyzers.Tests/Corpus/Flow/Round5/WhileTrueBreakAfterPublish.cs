// WEFT0002: a `while (true)` retry loop publishes, then writes a retry counter into the published object before
// deciding to `break`; and a write after the loop (reached only through the break, after the publish).
using System;
using Weft;

namespace Corpus5a.WhileTrueBreakAfterPublish;

public sealed class Attempt
{
    public int Tries;
    public DateTime At;
}

public static class Publisher
{
    public static void Run(WorkerPool pool, Func<bool> confirm)
    {
        var slot = pool.AllocateSlot<Attempt>();
        var attempt = new Attempt();
        while (true)
        {
            slot.Publish(attempt);
            attempt.Tries++; // expect: WEFT0002
            if (confirm()) break;
        }

        attempt.At = DateTime.UtcNow; // expect: WEFT0002
    }
}
