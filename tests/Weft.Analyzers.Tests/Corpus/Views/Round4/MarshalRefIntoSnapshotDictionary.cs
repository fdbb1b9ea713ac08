// Hit counting straight into the shared route-stats snapshot with CollectionsMarshal: GetValueRefOrAddDefault adds a
// key to the shared dictionary (a write by itself), the writes through the returned refs change its values. All of it
// is snapshot data reached from Current (WEFT0003; issue 10: marshal helpers, ref locals). The Dictionary is WEFT0001.
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus.Round4.MarshalRefIntoSnapshotDictionary;

[ThreadLocalSlot]
public sealed partial class RouteStats
{
    public Dictionary<string, long> HitsByRoute { get; init; } = new(); // expect: WEFT0001
}

public static class HitCounter
{
    public static void OnRequest(string route)
    {
        ref long hits = ref CollectionsMarshal.GetValueRefOrAddDefault(RouteStats.Current.HitsByRoute, route, out _); // expect: WEFT0003
        hits++; // expect: WEFT0003
        ref long total = ref CollectionsMarshal.GetValueRefOrNullRef(RouteStats.Current.HitsByRoute, "*");
        if (!Unsafe.IsNullRef(ref total))
        {
            total += 1; // expect: WEFT0003
        }
    }
}
