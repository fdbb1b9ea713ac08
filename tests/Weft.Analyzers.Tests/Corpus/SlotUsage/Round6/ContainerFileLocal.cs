// WEFT0105: the non-partial container is a file-local class.
// WEFT0110 (added after round 6): a file-local slot type cannot be served, its generated part being another file (its page).
using Weft;

namespace Corpus6a.ContainerFileLocal;

file sealed class Holder // expect: WEFT0105 "Holder"
{
    [ThreadLocalSlot]
    public sealed partial class Routes // expect: WEFT0110 "Routes"
    {
        public int Version { get; init; }
    }
}
