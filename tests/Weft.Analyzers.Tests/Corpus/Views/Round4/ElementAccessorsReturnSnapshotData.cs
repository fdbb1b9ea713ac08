// BCL accessors that hand back an ELEMENT of a snapshot collection (not a copy): Dictionary GetValueOrDefault,
// List.Find, LINQ ElementAt/LastOrDefault/MaxBy/Single over Values, Queue.Peek, and an element of a ToArray() copy
// (ToArray copies the array, not the objects in it). Writing the element writes the snapshot (WEFT0003; issue 10:
// element-level aliasing, APIs known by a table). The mutable collections are WEFT0001.
using System.Collections.Generic;
using System.Linq;
using Weft;

namespace Corpus.Round4.ElementAccessorsReturnSnapshotData;

public sealed class Backend
{
    public string Host { get; set; } = "";
    public int Load { get; set; }
}

[ThreadLocalSlot]
public sealed partial class BackendIndex
{
    public Dictionary<string, Backend> ByHost { get; init; } = new(); // expect: WEFT0001
    public List<Backend> Ordered { get; init; } = new(); // expect: WEFT0001
    public Queue<Backend> Standby { get; init; } = new(); // expect: WEFT0001
}

public static class LoadTracking
{
    public static void OnAssign(string host)
    {
        BackendIndex index = BackendIndex.Current;
        Backend? byHost = index.ByHost.GetValueOrDefault(host);
        if (byHost is not null)
        {
            byHost.Load++; // expect: WEFT0003
        }

        Backend? found = index.Ordered.Find(b => b.Host == host);
        found!.Load = 0; // expect: WEFT0003
        index.Ordered.ElementAt(0).Host = host; // expect: WEFT0003
        index.Ordered.LastOrDefault()!.Load--; // expect: WEFT0003
        index.Ordered.MaxBy(b => b.Load)!.Load /= 2; // expect: WEFT0003
        index.ByHost.Values.Single(b => b.Host == host).Load = 1; // expect: WEFT0003
        index.Standby.Peek().Load = -1; // expect: WEFT0003
        Backend[] copy = index.Ordered.ToArray();
        copy[0].Load = 7; // expect: WEFT0003
        copy[1] = new Backend();
    }
}
