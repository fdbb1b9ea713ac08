// WEFT0103: "a type nested in a generic type" marked [ThreadLocalSlot]; the slot type itself has no type
// parameters, its partial container does.
using Weft;

namespace Corpus6a.NestedInGeneric;

public partial class Registry<T>
{
    [ThreadLocalSlot]
    public sealed partial class Routes // expect: WEFT0103 "Routes"
    {
        public int Count { get; init; }
    }
}
