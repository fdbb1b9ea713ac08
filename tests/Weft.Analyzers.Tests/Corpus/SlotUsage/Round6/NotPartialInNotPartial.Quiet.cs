// Quiet twin of NotPartialInNotPartial: both partial.
using Weft;

namespace Corpus6a.NotPartialInNotPartial;

public sealed partial class Proxy
{
    [ThreadLocalSlot]
    public sealed partial class Routes
    {
        public int Version { get; init; }
    }
}
