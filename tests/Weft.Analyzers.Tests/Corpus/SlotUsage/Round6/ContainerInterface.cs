// WEFT0105: the container is an interface (nested types in interfaces are allowed), not partial.
using Weft;

namespace Corpus6a.ContainerInterface;

public interface IRouting // expect: WEFT0105 "IRouting"
{
    [ThreadLocalSlot]
    public sealed partial class Routes
    {
        public int Version { get; init; }
    }
}
