// Quiet twin of ContainerFileLocal: the file-local container is partial.
// WEFT0110 (added after round 6): a file-local slot type cannot be served, its generated part being another file (its page).
using Weft;

namespace Corpus6a.ContainerFileLocal;

file sealed partial class Holder
{
    [ThreadLocalSlot]
    public sealed partial class Routes // expect: WEFT0110 "Routes"
    {
        public int Version { get; init; }
    }
}
