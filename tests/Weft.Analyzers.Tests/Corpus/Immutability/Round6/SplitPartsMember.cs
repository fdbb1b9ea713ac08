// WEFT0001 on a member declared in the second partial part of a snapshot type; the attribute and `sealed` sit on
// the first part only.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.SplitPartsMember;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public string Name { get; init; } = "";
}

public partial class Routes
{
    private readonly Queue<string> _pending = new(); // expect: WEFT0001 "_pending"
}

public partial class Routes
{
    public int Pending => _pending.Count;
}
