// ContinueWith without a scheduler runs on the thread pool; the continuation fills the worker's cache there.
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.ContinueWith;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    private readonly Dictionary<string, string> _byName = new();

    public void Put(string name, string address) => _byName[name] = address;
}

public static class Resolver
{
    public static Task ResolveAsync(HttpClient client, string name)
    {
        var cache = DnsCache.Current;
        return client.GetStringAsync("http://resolver/" + name).ContinueWith(t => cache.Put(name, t.Result)); // expect: WEFT0004
    }
}
