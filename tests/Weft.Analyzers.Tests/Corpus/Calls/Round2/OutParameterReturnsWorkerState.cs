// Round 2. A TryGet-style helper hands out the worker's own cache through an out parameter; the caller sends it to
// the thread pool.
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round2.OutWorker;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TokenCache
{
    public Dictionary<string, string> Tokens { get; } = new();
}

public static class Auth
{
    public static bool TryGetCache([NotNullWhen(true)] out TokenCache? cache) => TokenCache.TryGetCurrent(out cache);

    public static void RevokeLater(string user)
    {
        if (TryGetCache(out var cache))
        {
            _ = Task.Run(() => cache.Tokens.Remove(user)); // expect: WEFT0004
        }
    }
}
