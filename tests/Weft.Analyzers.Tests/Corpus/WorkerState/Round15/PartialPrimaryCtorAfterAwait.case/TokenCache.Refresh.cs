using System;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Round15.PartialPrimaryCtorAfterAwait;

public sealed partial class TokenCache
{
    public async Task<string> RefreshAsync(string audience, Func<string, CancellationToken, Task<string>> issue, CancellationToken ct)
    {
        string token = await issue(audience, ct).ConfigureAwait(false);
        tokens[audience] = token; // expect: WEFT0004
        return token;
    }
}
