// Quiet twin of PrimaryCtorToBase: the slot type's own primary-constructor List<int> is passed only to the base
// constructor, which copies it into an ImmutableArray in an initializer; no hidden field keeps a list.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.PrimaryCtorToBase;

public class PortsBase(List<int> ports)
{
    public ImmutableArray<int> Items { get; } = [.. ports];
}

[ThreadLocalSlot]
public sealed partial class Ports(List<int> ports) : PortsBase(ports)
{
    public Ports() : this(new List<int> { 80 }) { }
}
