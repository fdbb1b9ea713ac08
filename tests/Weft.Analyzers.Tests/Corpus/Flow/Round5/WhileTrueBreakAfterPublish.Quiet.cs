// Quiet twin of WhileTrueBreakAfterPublish: each pass publishes a new attempt built from the count so far; the loop
// writes only its own counter and the object built before the publish of that pass.
using System;
using Weft;

namespace Corpus5a.WhileTrueBreakAfterPublishQuiet;

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
        int tries = 0;
        while (true)
        {
            var attempt = new Attempt();
            attempt.Tries = ++tries;
            attempt.At = DateTime.UtcNow;
            slot.Publish(attempt);
            if (confirm()) break;
        }
    }
}
