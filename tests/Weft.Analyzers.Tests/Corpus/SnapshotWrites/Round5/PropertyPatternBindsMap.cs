// WEFT0003: a property pattern `{ Limits: var limits }` on Current binds the snapshot's dictionary; the indexer write
// and the Remove below change the shared dictionary.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.PropertyPatternBindsMap;

[ThreadLocalSlot]
public sealed partial class Quotas
{
    public Dictionary<string, int> Limits { get; init; } = new(); // expect: WEFT0001
    public int Version { get; init; }
}

public static class Worker
{
    public static void Cap(string tenant)
    {
        if (Quotas.Current is { Version: > 0, Limits: var limits })
        {
            limits[tenant] = 10; // expect: WEFT0003
            limits.Remove("legacy"); // expect: WEFT0003
        }
    }
}
