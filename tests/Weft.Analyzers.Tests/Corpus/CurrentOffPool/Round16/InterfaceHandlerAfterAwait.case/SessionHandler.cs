using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Corpus.CurrentOffPool.R16.InterfaceHandlerAfterAwait;

public sealed class SessionHandler(Func<string, Task<DateTime?>> loadExpiry) : IRequestHandler
{
    public async ValueTask<int> HandleAsync(string path, IReadOnlyDictionary<string, string> headers)
    {
        if (!headers.TryGetValue("cookie", out var session))
            return 401;
        DateTime? expiry = await loadExpiry(session).ConfigureAwait(false);
        var policy = SessionPolicy.Current; // expect: WEFT0005
        return expiry is { } e && e - DateTime.UtcNow > policy.MinRemaining ? 200 : 401;
    }
}
