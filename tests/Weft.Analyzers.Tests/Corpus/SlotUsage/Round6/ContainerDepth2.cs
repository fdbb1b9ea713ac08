// WEFT0105 "at any depth": the outer container is partial, the middle one is not; only the middle one is reported.
using Weft;

namespace Corpus6a.ContainerDepth2;

public partial class Proxy
{
    public class Tables // expect: WEFT0105 "Tables"
    {
        [ThreadLocalSlot]
        public sealed partial class Routes
        {
            public int Count { get; init; }
        }
    }
}
