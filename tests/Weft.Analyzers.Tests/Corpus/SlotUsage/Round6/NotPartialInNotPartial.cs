// WEFT0100 and WEFT0105 together: neither the nested slot type nor its container is partial.
using Weft;

namespace Corpus6a.NotPartialInNotPartial;

public sealed class Proxy // expect: WEFT0105 "Proxy"
{
    [ThreadLocalSlot]
    public sealed class Routes // expect: WEFT0100 "Routes"
    {
        public int Version { get; init; }
    }
}
