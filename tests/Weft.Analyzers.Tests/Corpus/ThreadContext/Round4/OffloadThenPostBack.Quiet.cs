// Quiet: the compute-on-the-pool, post-the-result-back idiom. The CPU work runs in Task.Run on an immutable input;
// the result is stored into the worker's cache inside a callback posted to the loop captured from Dispatcher.Current
// ([CallingThreadLoop]: "a delegate posted to it with [RunsOnOwningLoop] stays on the caller's thread, so the caller's
// worker-owned state may go with it"). The cache is used only inside that posted callback.
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

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
        var loop = Dispatcher.Current!;
        return Task.Run(() =>
        {
            var digest = SHA256.HashData(payload);
            loop.Post(() => cache.ByKey[key] = digest);
        });
    }
}
