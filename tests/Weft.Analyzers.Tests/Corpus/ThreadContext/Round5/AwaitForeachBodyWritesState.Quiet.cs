// Quiet twin of AwaitForeachBodyWritesState: the same await foreach without ConfigureAwait(false) stays on the worker.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.AwaitForeachBodyWritesStateQuiet;

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
        await foreach (string host in hosts)
        {
            byHost[host] = host.Length;
        }
    }
}
