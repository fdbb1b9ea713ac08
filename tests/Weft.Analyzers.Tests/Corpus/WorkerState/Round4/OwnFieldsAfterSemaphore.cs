// WEFT0004: inside a per-worker slot type's own async member, `this` is the worker's instance; after
// `await _gate.WaitAsync().ConfigureAwait(false)` the method writes its own dictionary off the loop.
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.OwnFieldsAfterSemaphore;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TokenCache
{
    readonly SemaphoreSlim _gate = new(1, 1);
    readonly Dictionary<string, string> _tokens = new();
    readonly HttpClient _http = new();

    public async Task<string> GetAsync(string audience)
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!_tokens.TryGetValue(audience, out var token)) // expect: WEFT0004
            {
                token = await _http.GetStringAsync("https://sts.local/token?aud=" + audience);
                _tokens[audience] = token; // expect: WEFT0004
            }

            return token;
        }
        finally
        {
            _gate.Release();
        }
    }
}
