// Quiet twin of UpdateAddsToStaticList: the update only reads into its own instance; the completion (run once, on main)
// adds to the static List. Reading: the completion is not worker code (the WEFT0008 page: it runs once on main).
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

namespace Corpus5b.UpdateAddsToStaticListQuiet;

public sealed class Cache
{
    public int Entries;
    public int Reported;
}

public static class Census
{
    private static readonly List<int> s_rounds = new();

    public static void Collect(Slot<Cache> slot, Action done) =>
        slot.RunOnAllThreads(cache => cache.Reported = cache.Entries, () =>
        {
            s_rounds.Add(s_rounds.Count + 1);
            done();
        });
}
