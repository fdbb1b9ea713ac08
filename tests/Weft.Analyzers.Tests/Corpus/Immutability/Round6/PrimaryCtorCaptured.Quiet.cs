// Quiet twin of PrimaryCtorCaptured: the parameter is used only in an initializer that copies it into an
// ImmutableArray, so no hidden field keeps it.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.PrimaryCtorCaptured;

[ThreadLocalSlot]
public sealed partial class Ports(
    List<int> ports)
{
    public Ports() : this(new List<int>()) { }

    public ImmutableArray<int> Items { get; } = [.. ports];

    public int Count => Items.Length;
}
