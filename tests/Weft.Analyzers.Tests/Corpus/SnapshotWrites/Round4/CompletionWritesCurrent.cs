// The completion callback of a generated Publish (callback form, [RunsOnMain]) reads Current on main and writes it.
// Main holds the same shared instance as every worker (published by reference to every thread), so the write races
// the workers reading it (WEFT0003). Writing the just-published object through its local would be WEFT0002; here the
// write goes through Current only. The List member is WEFT0001.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.CompletionWritesCurrent;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public List<string> Applied { get; init; } = new(); // expect: WEFT0001
}

public static class Reloader
{
    public static void Reload(WorkerPool pool, string version)
    {
        RouteTable.Publish(pool, new RouteTable(), () =>
        {
            RouteTable.Current.Applied.Add(version); // expect: WEFT0003
        });
    }
}
