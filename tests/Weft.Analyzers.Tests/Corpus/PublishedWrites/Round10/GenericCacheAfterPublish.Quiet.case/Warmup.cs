// The next version is a clone, filled, then published; reported at the
// Put on the published cache.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.PublishedWrites.Round10.GenericCacheAfterPublishQuiet;

public static class Warmup
{
    public static void Run(Slot<Cache<string, int>> slot)
    {
        var cache = new Cache<string, int>();
        cache.Put("a", 1);
        slot.Publish(cache);
        var next = cache.Clone();
        next.Put("b", 2);
        slot.Publish(next);
    }
}
