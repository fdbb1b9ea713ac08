// WEFT0006: worker code calls a static helper of another class that writes a static Dictionary. Reported at the
// write in the helper or at the worker code's call (the page says so only for ref parameters): #escape.
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.R8.HelperInOtherClassWritesStatic;

public static class HostRegistry
{
    private static readonly Dictionary<string, int> s_hits = new();

    public static void Remember(string host) => s_hits[host] = s_hits.GetValueOrDefault(host) + 1; // expect: WEFT0006 #escape
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Resolver
{
    private readonly Dictionary<string, string> _cache = new();

    [WorkerUpdate]
    public void Warm(string host)
    {
        _cache[host] = host;
        HostRegistry.Remember(host); // expect: WEFT0006 #escape
    }
}
