// The cache is read on the worker, then used after ConfigureAwait(false) moved the method to the thread pool.
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.AwaitThenState;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TokenCache
{
    private readonly Dictionary<string, string> _tokens = new();

    public void Store(string user, string token) => _tokens[user] = token;
}

public static class Auth
{
    public static async Task RefreshAsync(HttpClient client, string user)
    {
        var cache = TokenCache.Current;
        string token = await client.GetStringAsync("http://auth/" + user).ConfigureAwait(false);
        cache.Store(user, token); // expect: WEFT0004
    }
}
