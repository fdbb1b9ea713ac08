// Quiet twin of ContainerDepth2: every container partial; a non-partial sibling without a slot type is fine.
using Weft;

namespace Corpus6a.ContainerDepth2;

public partial class Proxy
{
    public partial class Tables
    {
        [ThreadLocalSlot]
        public sealed partial class Routes
        {
            public int Count { get; init; }
        }
    }

    public class Options
    {
        public sealed class Nested { }
    }
}
