// Quiet twin of UsingBlockConfigureAwaitFalse: the same using block with a plain await resumes on the worker.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.UsingBlockConfigureAwaitFalseQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly byte[] Buffer = new byte[64];
}

public static class Probe
{
    public static async Task Measure(System.Net.Http.HttpMessageHandler handler, string url)
    {
        var byHost = HostCache.Current.ByHost;
        using (var client = new System.Net.Http.HttpClient(handler))
        {
            string body = await client.GetStringAsync(url);
            byHost[url] = body.Length;
        }
    }
}
