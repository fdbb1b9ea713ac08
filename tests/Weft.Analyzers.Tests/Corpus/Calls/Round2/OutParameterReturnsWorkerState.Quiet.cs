// Round 2. The same helper; the revocation is posted to this worker's own loop.
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Weft;
using Weft.Threading;

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
            Dispatcher.Current!.Post(() => cache.Tokens.Remove(user));
        }
    }
}
