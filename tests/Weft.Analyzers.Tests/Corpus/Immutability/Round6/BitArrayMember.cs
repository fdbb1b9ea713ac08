// WEFT0001: a readonly BitArray field (sealed BCL collection with a settable indexer and Set/SetAll).
using System.Collections;
using Weft;

namespace Corpus6a.BitArrayMember;

[ThreadLocalSlot]
public sealed partial class PortMask
{
    private readonly BitArray _open = new(65536); // expect: WEFT0001 "_open"

    public bool IsOpen(int port) => _open[port];
}
