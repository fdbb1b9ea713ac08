// Quiet twin of ContainerInterface: a partial interface container.
using Weft;

namespace Corpus6a.ContainerInterface;

public partial interface IRouting
{
    [ThreadLocalSlot]
    public sealed partial class Routes
    {
        public int Version { get; init; }
    }
}
