// Round 15, WEFT0004 (.case): a per-worker token cache declared as a partial class with a primary constructor in this
// file; its other part (another file) refreshes a token with `ConfigureAwait(false)` and then stores it in the
// dictionary the constructor parameter holds, on a pool thread. The page: what a per-worker type's fields hold is worker
// state, and a class's primary-constructor parameter its members use is kept in a field.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.Round15.PartialPrimaryCtorAfterAwait;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TokenCache(Dictionary<string, string> tokens)
{
    public TokenCache() : this(new Dictionary<string, string>(StringComparer.Ordinal)) { }

    public bool TryGet(string audience, out string? token) => tokens.TryGetValue(audience, out token);
}
