// WEFT0105: the non-partial container is a file-local class.
using Weft;

namespace Corpus6a.ContainerFileLocal;

file sealed class Holder // expect: WEFT0105 "Holder"
{
    [ThreadLocalSlot]
    public sealed partial class Routes
    {
        public int Version { get; init; }
    }
}
