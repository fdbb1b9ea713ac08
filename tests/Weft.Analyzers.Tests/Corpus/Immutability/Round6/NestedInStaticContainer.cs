// WEFT0001: a snapshot slot type nested in a static partial container holds a private readonly List<T> field
// (readonly keeps the reference, not the list).
using System.Collections.Generic;
using Weft;

namespace Corpus6a.NestedInStaticContainer;

public static partial class Slots
{
    [ThreadLocalSlot]
    public sealed partial class Routes
    {
        private readonly List<string> _hosts = new(); // expect: WEFT0001 "_hosts"

        public int Count => _hosts.Count;
    }
}
