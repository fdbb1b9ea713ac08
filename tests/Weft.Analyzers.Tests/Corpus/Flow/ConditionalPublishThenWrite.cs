// Published only when the caller asks for it, but the write afterwards runs on both paths.
using System;
using Weft.Slots;

namespace Corpus.Flow.Conditional;

public sealed class Limits
{
    public int MaxStreams { get; set; }
    public TimeSpan IdleTimeout { get; set; }
}

public static class LimitsSetup
{
    public static Limits Configure(Slot<Limits> slot, bool publishNow)
    {
        var limits = new Limits { MaxStreams = 100 };
        if (publishNow)
        {
            slot.Publish(limits);
        }

        limits.IdleTimeout = TimeSpan.FromSeconds(30); // expect: WEFT0002
        return limits;
    }
}
