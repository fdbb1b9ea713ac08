// Quiet twin of OwnFieldsAfterSemaphore: plain awaits resume on the worker that owns the cache.
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
        await _gate.WaitAsync();
        try
        {
            if (!_tokens.TryGetValue(audience, out var token))
            {
                token = await _http.GetStringAsync("https://sts.local/token?aud=" + audience);
                _tokens[audience] = token;
            }

            return token;
        }
        finally
        {
            _gate.Release();
        }
    }
}
