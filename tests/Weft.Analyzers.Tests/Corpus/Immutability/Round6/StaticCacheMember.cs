// WEFT0001 on an instance Dictionary field of a snapshot type; the quiet twin moves the same dictionary to a static
// field. Reading: a static field is not part of the instance that is published by reference, so WEFT0001 (about the
// published instance) does not report it; writes to it are WEFT0006's business.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.StaticCacheMember;

[ThreadLocalSlot]
public sealed partial class Routes
{
    private readonly Dictionary<string, int> _weights = new(); // expect: WEFT0001 "_weights"

    public int Weight(string host) => _weights.TryGetValue(host, out int w) ? w : 1;
}
