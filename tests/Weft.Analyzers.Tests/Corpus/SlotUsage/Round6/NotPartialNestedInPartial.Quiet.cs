// Quiet twin of NotPartialNestedInPartial: the nested slot type and its container are both partial.
using Weft;

namespace Corpus6a.NotPartialNestedInPartial;

public partial class Proxy
{
    [ThreadLocalSlot]
    public sealed partial class Routes
    {
        public string Name { get; init; } = "";
    }
}
