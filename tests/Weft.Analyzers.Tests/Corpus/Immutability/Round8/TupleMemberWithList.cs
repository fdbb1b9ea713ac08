// WEFT0001: a tuple member whose second item is a List; a ReadOnlyMemory<byte> member (documented as reported).
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.Immutability.R8.TupleMemberWithList;

[ThreadLocalSlot]
public sealed partial class Upstream
{
    public (string Host, List<int> Ports) Target { get; init; } // expect: WEFT0001
    public ReadOnlyMemory<byte> Banner { get; init; } // expect: WEFT0001
}
