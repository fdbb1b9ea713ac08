// WEFT0006: a RunOnAllThreads update (every thread at once) adds to a static List.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.UpdateAddsToStaticList;

public sealed class Cache
{
    public int Entries;
}

public static class Census
{
    private static readonly List<int> s_sizes = new();

    public static void Collect(Slot<Cache> slot, Action done) =>
        slot.RunOnAllThreads(cache => s_sizes.Add(cache.Entries), done); // expect: WEFT0006
}
