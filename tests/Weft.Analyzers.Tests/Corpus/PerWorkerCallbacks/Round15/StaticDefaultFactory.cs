// Round 15, WEFT0008: a per-worker factory written as a `static` lambda that returns the type's static default
// instance, so every worker gets the same rate window. Reading taken (doc gap, see the findings): the page speaks of
// "a captured instance" and of LazyInitializer over a static; a static get-only property's one object is taken as the
// same shared instance.
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Round15.StaticDefaultFactory;

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
        windows.Set(static _ => RateWindow.Default); // expect: WEFT0008
}
