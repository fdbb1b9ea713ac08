// WEFT0004: "the Begin... callbacks of Stream, Socket and Dns" run on the pool. An APM Dns lookup's callback writes the
// worker's resolution cache; the quiet twin awaits the task form on the loop.
using System;
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R9.DnsBeginCallback;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Resolutions
{
    public Dictionary<string, IPAddress[]> ByHost { get; } = new();
}

public static class LegacyResolver
{
    public static async Task ResolveAsync(string host)
    {
        Resolutions resolutions = Resolutions.Current;
        await Task.Yield();
        resolutions.ByHost[host] = await Dns.GetHostAddressesAsync(host);
    }
}
