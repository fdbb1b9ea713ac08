// The cache is published and then filled further; reported at the
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

namespace Corpus.PublishedWrites.Round10.GenericCacheAfterPublish;

public static class Warmup
{
    public static void Run(Slot<Cache<string, int>> slot)
    {
        var cache = new Cache<string, int>();
        cache.Put("a", 1);
        slot.Publish(cache);
        cache.Put("b", 2); // expect: WEFT0002
    }
}
