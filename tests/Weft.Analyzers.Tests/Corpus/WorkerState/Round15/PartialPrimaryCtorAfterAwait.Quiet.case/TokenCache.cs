// Round 15, WEFT0004 quiet twin (.case): the refresh awaits plainly, so it stores the token on its worker.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.Round15.PartialPrimaryCtorAfterAwaitQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TokenCache(Dictionary<string, string> tokens)
{
    public TokenCache() : this(new Dictionary<string, string>(StringComparer.Ordinal)) { }

    public bool TryGet(string audience, out string? token) => tokens.TryGetValue(audience, out token);
}
