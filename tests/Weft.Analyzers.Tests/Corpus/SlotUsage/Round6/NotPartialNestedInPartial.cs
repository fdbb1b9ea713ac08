// WEFT0100: a slot type nested in a partial container is itself declared without `partial`. The container being
// partial does not make the nested type partial ("A [ThreadLocalSlot] type declared without partial").
using Weft;

namespace Corpus6a.NotPartialNestedInPartial;

public partial class Proxy
{
    [ThreadLocalSlot]
    public sealed class Routes // expect: WEFT0100 "Routes"
    {
        public string Name { get; init; } = "";
    }
}
