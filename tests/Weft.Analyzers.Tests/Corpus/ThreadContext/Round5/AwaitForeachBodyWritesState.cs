// WEFT0004: the body of `await foreach (.. in source.ConfigureAwait(false))` writes the worker's dictionary; every
// MoveNextAsync (the first one too) may resume off the loop, so even the first iteration's write is off it.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.AwaitForeachBodyWritesState;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly byte[] Buffer = new byte[64];
}

public static class Feed
{
    public static async Task Consume(IAsyncEnumerable<string> hosts)
    {
        var byHost = HostCache.Current.ByHost;
        await foreach (string host in hosts.ConfigureAwait(false))
        {
            byHost[host] = host.Length; // expect: WEFT0004
        }
    }
}
