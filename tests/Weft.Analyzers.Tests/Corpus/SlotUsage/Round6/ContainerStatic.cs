// WEFT0105: a static (non-partial) container class holding a slot type.
using Weft;

namespace Corpus6a.ContainerStatic;

public static class Slots // expect: WEFT0105 "Slots"
{
    [ThreadLocalSlot]
    public sealed partial class Routes
    {
        public string Name { get; init; } = "";
    }
}
