// Round 15, WEFT0008 quiet twin: the static factory builds a new window per worker.
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Round15.StaticDefaultFactoryQuiet;

public sealed class RateWindow(int limit)
{
    public static RateWindow Default { get; } = new(100);

    private readonly Queue<long> _stamps = new();

    public bool TryTake(long now, long windowTicks)
    {
        while (_stamps.TryPeek(out long first) && now - first > windowTicks)
        {
            _stamps.Dequeue();
        }

        if (_stamps.Count >= limit)
        {
            return false;
        }

        _stamps.Enqueue(now);
        return true;
    }
}

public static class RateSetup
{
    public static void Install(Slot<RateWindow> windows) =>
        windows.Set(static _ => new RateWindow(100));
}
