// Quiet twin of MarshalRefIntoSnapshotDictionary: the same marshal-ref counting into a per-worker slot (each worker
// counts into its own dictionary, merged elsewhere).
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus.Round4.MarshalRefIntoSnapshotDictionaryQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RouteHits
{
    public Dictionary<string, long> HitsByRoute { get; init; } = new();
}

public static class HitCounter
{
    public static void OnRequest(string route)
    {
        ref long hits = ref CollectionsMarshal.GetValueRefOrAddDefault(RouteHits.Current.HitsByRoute, route, out _);
        hits++;
        ref long total = ref CollectionsMarshal.GetValueRefOrNullRef(RouteHits.Current.HitsByRoute, "*");
        if (!Unsafe.IsNullRef(ref total))
        {
            total += 1;
        }
    }
}
