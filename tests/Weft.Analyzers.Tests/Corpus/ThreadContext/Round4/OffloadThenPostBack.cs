// WEFT0004: the twin of OffloadThenPostBack.Quiet that stores the digest into the worker's cache directly from the
// Task.Run body, on the pool thread.
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.OffloadThenPostBack;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DigestCache
{
    public Dictionary<string, byte[]> ByKey { get; } = new();
}

public sealed class Digester
{
    public Task DigestAsync(string key, byte[] payload)
    {
        var cache = DigestCache.Current;
        return Task.Run(() =>
        {
            var digest = SHA256.HashData(payload);
            cache.ByKey[key] = digest; // expect: WEFT0004
        });
    }
}
