// A snapshot member typed as a named tuple whose second element is a List: the tuple is a value, but the list it
// carries is one object shared by every worker.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.TupleMemberHoldsList;

[ThreadLocalSlot]
public sealed partial class Primary
{
    public (string Name, List<int> Ports) Endpoint { get; init; } // expect: WEFT0001
}
