// Quiet twin of BitArrayMember: the open ports as an ImmutableHashSet<int>.
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.BitArrayMember;

[ThreadLocalSlot]
public sealed partial class PortMask
{
    private readonly ImmutableHashSet<int> _open = ImmutableHashSet<int>.Empty;

    public bool IsOpen(int port) => _open.Contains(port);
}
