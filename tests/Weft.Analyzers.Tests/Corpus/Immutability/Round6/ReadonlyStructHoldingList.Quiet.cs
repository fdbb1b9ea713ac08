// Quiet twin of ReadonlyStructHoldingList: a readonly struct holding ImmutableArray<int>.
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.ReadonlyStructHoldingList;

public readonly struct PortSet
{
    public PortSet(ImmutableArray<int> ports) => Ports = ports;

    public ImmutableArray<int> Ports { get; }
}

[ThreadLocalSlot]
public sealed partial class Listener
{
    public readonly PortSet Ports = new(ImmutableArray.Create(80));
}
