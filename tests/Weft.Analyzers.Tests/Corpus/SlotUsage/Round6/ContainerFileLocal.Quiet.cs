// Quiet twin of ContainerFileLocal: the file-local container is partial.
using Weft;

namespace Corpus6a.ContainerFileLocal;

file sealed partial class Holder
{
    [ThreadLocalSlot]
    public sealed partial class Routes
    {
        public int Version { get; init; }
    }
}
