// Quiet twin of ContainerStatic: a static partial container.
using Weft;

namespace Corpus6a.ContainerStatic;

public static partial class Slots
{
    [ThreadLocalSlot]
    public sealed partial class Routes
    {
        public string Name { get; init; } = "";
    }
}
