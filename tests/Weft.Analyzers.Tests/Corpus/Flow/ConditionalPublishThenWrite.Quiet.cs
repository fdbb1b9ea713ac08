// The object is complete before either path publishes it.
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
        limits.IdleTimeout = TimeSpan.FromSeconds(30);
        if (publishNow)
        {
            slot.Publish(limits);
        }

        return limits;
    }
}
